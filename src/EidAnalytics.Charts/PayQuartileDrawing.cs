using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>A 100%-stacked bar per quartile, lowest paid at the top, women in blue then men in grey, both shares written above.</summary>
internal static class PayQuartileDrawing
{
    private const int RowHeight = 72;
    private const int Frame = 84;

    public static Drawing Draw(PayQuartileChart chart)
    {
        var plot = ChartStyle.NewPlot();
        var quartiles = chart.Quartiles;
        double RowAt(int i) => quartiles.Count - 1 - i;
        var bars = new List<Bar>();
        for (var i = 0; i < quartiles.Count; i++)
        {
            var y = RowAt(i);
            if (quartiles[i].WomenShare is { } women)
            {
                bars.Add(Segment(y, 0, women, ChartStyle.Blue));
                bars.Add(Segment(y, women, 1, ChartStyle.MidGrey));
                ChartStyle.Text(plot, $"Women {ChartFormat.Value(women, ValueFormat.Percent)}", 0, y + 0.22, Alignment.LowerLeft, ChartStyle.Ink);
                ChartStyle.Text(plot, $"Men {ChartFormat.Value(1 - women, ValueFormat.Percent)}", 1, y + 0.22, Alignment.LowerRight, ChartStyle.Ink);
            }
            else
            {
                ChartStyle.Text(plot, quartiles[i].Note ?? "no figure", 0, y, Alignment.MiddleLeft, ChartStyle.DarkGrey);
            }
        }
        plot.Add.Bars(bars.ToArray());
        ChartStyle.Apply(plot, plot.Axes.Bottom, ChartAxis.Fit(ValueFormat.Percent, [1]));
        ChartStyle.Categories(plot.Axes.Left, quartiles.Select(q => q.Label).ToList(), 16, RowAt);
        ChartStyle.Limits(plot, plot.Axes.Left, -0.5, quartiles.Count - 0.3);
        plot.Grid.YAxisStyle.IsVisible = false;
        ChartStyle.Legend(plot,
        [
            ChartStyle.MarkerItem("Women", ChartStyle.Blue, MarkerShape.FilledSquare),
            ChartStyle.MarkerItem("Men", ChartStyle.MidGrey, MarkerShape.FilledSquare),
        ]);
        return new Drawing(plot, Frame + (RowHeight * quartiles.Count), []);
    }

    private static Bar Segment(double y, double from, double to, Color colour) => new()
    {
        Position = y,
        ValueBase = from,
        Value = to,
        FillColor = colour,
        LineWidth = 0,
        Size = 0.36,
        Orientation = Orientation.Horizontal,
    };
}
