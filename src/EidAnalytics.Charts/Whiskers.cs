using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>
/// 95% intervals as error bars. Ends beyond the axis are held to its edge, so an interval that runs on
/// (a ratio's over a tiny count) reaches the edge instead of leaving the plot.
/// </summary>
internal static class Whiskers
{
    /// <summary>Upright whiskers at positions across; <paramref name="position"/> maps values onto the axis (a log scale).</summary>
    public static void Vertical(Plot plot, IReadOnlyList<(double At, IntervalValue Item)> items, ChartAxis axis, Func<double, double>? position = null)
    {
        var drawn = Drawable(items, axis, position);
        if (drawn.Count > 0)
        {
            var none = drawn.Select(_ => 0.0).ToList();
            Add(plot, new ScottPlot.Plottables.ErrorBar(drawn.Select(d => d.At).ToList(), drawn.Select(d => d.Value).ToList(),
                none, none, drawn.Select(d => d.High - d.Value).ToList(), drawn.Select(d => d.Value - d.Low).ToList()));
        }
    }

    /// <summary>Whiskers lying along rows, for the dot plot.</summary>
    public static void Horizontal(Plot plot, IReadOnlyList<(double At, IntervalValue Item)> items, ChartAxis axis)
    {
        var drawn = Drawable(items, axis, null);
        if (drawn.Count > 0)
        {
            var none = drawn.Select(_ => 0.0).ToList();
            Add(plot, new ScottPlot.Plottables.ErrorBar(drawn.Select(d => d.Value).ToList(), drawn.Select(d => d.At).ToList(),
                drawn.Select(d => d.High - d.Value).ToList(), drawn.Select(d => d.Value - d.Low).ToList(), none, none));
        }
    }

    private static List<(double At, double Value, double Low, double High)> Drawable(
        IReadOnlyList<(double At, IntervalValue Item)> items, ChartAxis axis, Func<double, double>? position)
    {
        position ??= v => v;
        return items
            .Where(i => ChartData.HasValue(i.Item.Value) && ChartData.Interval(i.Item.CiLow, i.Item.CiHigh) is not null)
            .Select(i =>
            {
                var (low, high) = ChartData.Interval(i.Item.CiLow, i.Item.CiHigh)!.Value;
                return (i.At, position(axis.Clamp(i.Item.Value!.Value)), position(axis.Clamp(low)), position(axis.Clamp(high)));
            })
            .ToList();
    }

    private static void Add(Plot plot, ScottPlot.Plottables.ErrorBar bars)
    {
        plot.Add.Plottable(bars);
        bars.LineColor = ChartStyle.Ink;
        bars.LineWidth = 1.5f;
        bars.CapSize = 8;
    }
}
