using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>
/// Points by denominator and value, the benchmark line, the 95% (dashed) and 99.8% (dotted) limits,
/// clipped to the plot, and the highlighted organisation as a labelled blue square drawn last.
/// </summary>
internal static class FunnelPlotDrawing
{
    private const int Height = 440;

    public static Drawing Draw(FunnelPlot chart)
    {
        var plot = ChartStyle.NewPlot();
        var legend = ChartStyle.BandFirst(plot, chart.Band, chart.Format);
        Curve(plot, chart.Limits.Lower95, DashedLines.Key(ChartStyle.DarkGrey));
        Curve(plot, chart.Limits.Upper95, DashedLines.Key(ChartStyle.DarkGrey));
        Curve(plot, chart.Limits.Lower998, DashedLines.Key(ChartStyle.DarkGrey, dotted: true));
        Curve(plot, chart.Limits.Upper998, DashedLines.Key(ChartStyle.DarkGrey, dotted: true));
        var benchmark = plot.Add.HorizontalLine(chart.Benchmark);
        benchmark.LineColor = ChartStyle.Ink;
        benchmark.LineWidth = 2;
        benchmark.ExcludeFromLegend = true;
        legend.Add(ChartStyle.LineItem($"Benchmark {ChartFormat.Value(chart.Benchmark, chart.Format)}", ChartStyle.Ink));
        legend.Add(ChartStyle.LineItem("95% limits", DashedLines.Key(ChartStyle.DarkGrey), 1.5f));
        legend.Add(ChartStyle.LineItem("99.8% limits", DashedLines.Key(ChartStyle.DarkGrey, dotted: true), 1.5f));

        var others = chart.Points.Where(p => !p.Highlighted).ToList();
        if (others.Count > 0)
        {
            plot.Add.Markers(others.Select(p => p.Denominator).ToArray(), others.Select(p => chart.YAxis.Clamp(p.Value)).ToArray(),
                MarkerShape.FilledCircle, 7, ChartStyle.DarkGrey);
        }
        // The highlighted point goes last so no other point covers it.
        foreach (var point in chart.Points.Where(p => p.Highlighted))
        {
            var y = chart.YAxis.Clamp(point.Value);
            plot.Add.Marker(point.Denominator, y, MarkerShape.FilledSquare, 13, ChartStyle.Blue);
            var fitsRight = point.Denominator < chart.XAxis.Max * 0.6;
            var label = ChartStyle.Text(plot, point.Label, point.Denominator, y,
                fitsRight ? Alignment.LowerLeft : Alignment.LowerRight, ChartStyle.Ink, bold: true);
            label.OffsetX = fitsRight ? 8 : -8;
            label.OffsetY = -6;
            label.LabelBackgroundColor = ChartStyle.White.WithAlpha(0.85);
        }
        if (chart.Points.Any(p => p.Highlighted))
        {
            legend.Add(ChartStyle.MarkerItem(chart.Points.First(p => p.Highlighted).Label, ChartStyle.Blue, MarkerShape.FilledSquare));
        }
        ChartStyle.Apply(plot, plot.Axes.Left, chart.YAxis);
        ChartStyle.Apply(plot, plot.Axes.Bottom, chart.XAxis);
        plot.Axes.Left.Label.Text = chart.ValueName;
        plot.Axes.Bottom.Label.Text = chart.DenominatorName;
        ChartStyle.Legend(plot, legend);
        var titles = chart.Points.Select(p => new MarkTitle(new Coordinates(p.Denominator, chart.YAxis.Clamp(p.Value)), chart.PointTitle(p), p.Highlighted)).ToList();
        return new Drawing(plot, Height, titles);
    }

    private static void Curve(Plot plot, IReadOnlyList<ChartPoint> curve, Color colour)
    {
        var drawable = curve.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (drawable.Count < 2)
        {
            return;
        }
        var line = plot.Add.Scatter(drawable.Select(p => p.X).ToArray(), drawable.Select(p => p.Y).ToArray(), colour);
        line.MarkerSize = 0;
        line.LineWidth = 1.5f;
    }
}
