using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>Columns of women's share by level with whiskers, values above and the band behind.</summary>
internal static class ShareByLevelDrawing
{
    private const int Height = 380;

    public static Drawing Draw(ShareByLevelChart chart)
    {
        var plot = ChartStyle.NewPlot();
        var legend = ChartStyle.BandFirst(plot, chart.Band, ValueFormat.Percent);
        legend.Add(ChartStyle.IntervalItem());
        var shown = chart.Levels.Select((level, i) => (Level: level, At: i)).Where(p => ChartData.HasValue(p.Level.Value)).ToList();
        plot.Add.Bars(shown.Select(p => new Bar
        {
            Position = p.At,
            Value = chart.Axis.Clamp(p.Level.Value!.Value),
            FillColor = ChartStyle.Blue,
            LineWidth = 0,
            Size = 0.6,
        }).ToArray());
        Whiskers.Vertical(plot, shown.Select(p => ((double)p.At, p.Level)).ToList(), chart.Axis);
        foreach (var (level, at) in shown)
        {
            var top = ChartData.Interval(level.CiLow, level.CiHigh) is (_, var high) ? Math.Max(high, level.Value!.Value) : level.Value!.Value;
            var label = ChartStyle.Text(plot, ChartFormat.Value(level.Value!.Value, ValueFormat.Percent), at, chart.Axis.Clamp(top),
                Alignment.LowerCenter, ChartStyle.Ink, bold: true);
            label.OffsetY = -4;
        }
        foreach (var (level, at) in chart.Levels.Select((level, i) => (level, i)).Where(p => !ChartData.HasValue(p.level.Value)))
        {
            ChartStyle.Text(plot, ChartStyle.Wrap(level.Note ?? "no figure", 12), at, chart.Axis.Min, Alignment.LowerCenter, ChartStyle.DarkGrey)
                .OffsetY = -6;
        }
        ChartStyle.Apply(plot, plot.Axes.Left, chart.Axis);
        // Headroom above the top gridline for the value written over the tallest bar or whisker.
        ChartStyle.Limits(plot, plot.Axes.Left, chart.Axis.Min, chart.Axis.Max * 1.1);
        plot.Axes.Left.Label.Text = "Women's share";
        ChartStyle.Categories(plot.Axes.Bottom, chart.Levels.Select(l => l.Label).ToList(), 12);
        ChartStyle.Limits(plot, plot.Axes.Bottom, -0.5, chart.Levels.Count - 0.5);
        plot.Grid.XAxisStyle.IsVisible = false;
        ChartStyle.Legend(plot, legend);
        return new Drawing(plot, Height, []);
    }
}
