using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>
/// Lines across time with their intervals (whiskers or a ribbon), the band behind and an optional
/// dashed target. With one or a few lines each is named in the legend; with many, the highlighted
/// ones are blue and named and the rest are thin grey lines.
/// </summary>
internal static class LineBandDrawing
{
    private const int Height = 380;

    /// <summary>Up to this many lines each get their own colour-free legend entry and every point a title.</summary>
    private const int NamedLines = 5;

    /// <summary>Named lines differ by marker shape as well as colour, so they stay apart in greyscale print.</summary>
    private static readonly (Color Colour, MarkerShape Shape)[] Looks =
    [
        (ChartStyle.Blue, MarkerShape.FilledCircle), (ChartStyle.Ink, MarkerShape.FilledSquare), (ChartStyle.DarkGrey, MarkerShape.FilledTriangleUp),
        (ChartStyle.Blue, MarkerShape.FilledDiamond), (ChartStyle.Ink, MarkerShape.OpenCircle),
    ];

    public static Drawing Draw(LineBandChart chart)
    {
        var plot = ChartStyle.NewPlot();
        var legend = ChartStyle.BandFirst(plot, chart.Band, chart.Format);
        if (chart.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target);
            line.LineColor = DashedLines.Key(ChartStyle.Ink);
            line.LineWidth = 1.5f;
            line.ExcludeFromLegend = true;
            legend.Add(ChartStyle.LineItem($"Target {ChartFormat.Value(target, chart.Format)}", DashedLines.Key(ChartStyle.Ink), 1.5f));
        }
        var named = chart.Series.Count <= NamedLines;
        var titles = new List<MarkTitle>();
        var greyNamed = false;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var prominent = named || series.Highlighted;
            var (colour, shape) = named ? Looks[s % Looks.Length] : (prominent ? ChartStyle.Blue : ChartStyle.MidGrey, MarkerShape.FilledCircle);
            var shown = series.Points.Where(p => ChartData.HasValue(p.Value)).ToList();
            if (series.Interval == IntervalStyle.Ribbon && shown.Count > 1 && shown.All(p => ChartData.Interval(p.CiLow, p.CiHigh) is not null))
            {
                var ribbon = plot.Add.FillY(shown.Select(p => p.X).ToArray(),
                    shown.Select(p => chart.YAxis.Clamp(Math.Min(p.CiLow!.Value, p.CiHigh!.Value))).ToArray(),
                    shown.Select(p => chart.YAxis.Clamp(Math.Max(p.CiLow!.Value, p.CiHigh!.Value))).ToArray());
                ribbon.FillColor = colour.WithAlpha(0.25);
                ribbon.LineWidth = 0;
            }
            else if (series.Interval == IntervalStyle.Whiskers)
            {
                Whiskers.Vertical(plot, shown.Select(p => (p.X, new IntervalValue(series.Name, p.Value, p.CiLow, p.CiHigh))).ToList(), chart.YAxis);
            }
            foreach (var run in Runs(series.Points))
            {
                var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => chart.YAxis.Clamp(p.Value!.Value)).ToArray(), colour);
                line.LineWidth = prominent ? 2.5f : 1.5f;
                line.MarkerSize = prominent ? 9 : 5;
                line.MarkerShape = shape;
            }
            if (named)
            {
                legend.Add(new LegendItem
                {
                    LabelText = series.Name, LineColor = colour, LineWidth = 2.5f,
                    MarkerShape = shape, MarkerFillColor = colour, MarkerLineColor = colour, MarkerSize = 9,
                });
            }
            else if (series.Highlighted)
            {
                legend.Add(ChartStyle.LineItem(series.Name, colour, 2.5f));
            }
            else if (!greyNamed)
            {
                legend.Add(ChartStyle.LineItem("Other organisations", colour, 1.5f));
                greyNamed = true;
            }
            if (prominent)
            {
                titles.AddRange(shown.Select(p => new MarkTitle(new Coordinates(p.X, chart.YAxis.Clamp(p.Value!.Value)), chart.PointTitle(series, p), series.Highlighted)));
            }
        }
        if (chart.Series.Any(s => s.Interval == IntervalStyle.Whiskers))
        {
            legend.Add(ChartStyle.IntervalItem());
        }
        ChartStyle.Apply(plot, plot.Axes.Left, chart.YAxis);
        plot.Axes.Left.Label.Text = Capitalise(chart.ValueName);
        var xs = chart.XTicks.Select(t => t.Value).DefaultIfEmpty(0).ToList();
        var margin = Math.Max(0.3, (xs.Max() - xs.Min()) * 0.06);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs.ToArray(), chart.XTicks.Select(t => t.Label).ToArray());
        ChartStyle.Limits(plot, plot.Axes.Bottom, xs.Min() - margin, xs.Max() + margin);
        ChartStyle.Legend(plot, legend);
        return new Drawing(plot, Height, titles);
    }

    /// <summary>The runs of consecutive points with a value: a missing point breaks the line rather than bridging it.</summary>
    private static IEnumerable<List<SeriesPoint>> Runs(IReadOnlyList<SeriesPoint> points)
    {
        var run = new List<SeriesPoint>();
        foreach (var point in points)
        {
            if (ChartData.HasValue(point.Value))
            {
                run.Add(point);
                continue;
            }
            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
