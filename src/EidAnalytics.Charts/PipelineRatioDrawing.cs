using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>Pipeline ratios as points with whiskers on a log scale, around a dashed reference line at 1.</summary>
internal static class PipelineRatioDrawing
{
    private const int Height = 360;

    public static Drawing Draw(PipelineRatioChart chart)
    {
        var plot = ChartStyle.NewPlot();
        var axis = chart.Axis;
        var reference = plot.Add.HorizontalLine(0);
        reference.LineColor = DashedLines.Key(ChartStyle.Ink);
        reference.LineWidth = 1.5f;
        reference.ExcludeFromLegend = true;

        var shown = chart.Ratios.Select((ratio, i) => ((double)i, ratio)).Where(p => ChartData.HasValue(p.ratio.Value)).ToList();
        Whiskers.Vertical(plot, shown, axis, Math.Log2);
        foreach (var (at, ratio) in shown)
        {
            var y = Math.Log2(axis.Clamp(ratio.Value!.Value));
            plot.Add.Marker(at, y, MarkerShape.FilledCircle, 12, ChartStyle.Blue);
            // Beside the point rather than above the whisker, which may end far from it.
            ChartStyle.Text(plot, ChartFormat.Value(ratio.Value!.Value, ValueFormat.Ratio), at, y, Alignment.MiddleLeft, ChartStyle.Ink, bold: true)
                .OffsetX = 10;
        }
        foreach (var (ratio, at) in chart.Ratios.Select((ratio, i) => (ratio, i)).Where(p => !ChartData.HasValue(p.ratio.Value)))
        {
            ChartStyle.Text(plot, ChartStyle.Wrap(ratio.Note ?? "no figure", 12), at, Math.Log2(axis.Min), Alignment.LowerCenter, ChartStyle.DarkGrey)
                .OffsetY = -6;
        }
        ChartStyle.Apply(plot, plot.Axes.Left, axis, Math.Log2);
        plot.Axes.Left.Label.Text = "Ratio (log scale)";
        ChartStyle.Categories(plot.Axes.Bottom, chart.Ratios.Select(r => r.Label).ToList(), 12);
        // A little room beyond 0.25 and 4 so a point held to the edge is seen whole.
        ChartStyle.Limits(plot, plot.Axes.Left, Math.Log2(axis.Min) - 0.15, Math.Log2(axis.Max) + 0.15);
        ChartStyle.Limits(plot, plot.Axes.Bottom, -0.5, chart.Ratios.Count - 0.5);
        plot.Grid.XAxisStyle.IsVisible = false;
        ChartStyle.Legend(plot,
        [
            ChartStyle.LineItem(PipelineRatioChart.ReferenceLabel, DashedLines.Key(ChartStyle.Ink), 1.5f),
            ChartStyle.IntervalItem(),
        ]);
        return new Drawing(plot, Height, []);
    }
}
