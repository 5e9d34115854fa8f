namespace EidAnalytics.Core.Charts;

/// <summary>
/// A value axis: its range, its labelled gridlines, and whether it is drawn on a log scale. Shares
/// and counts start at 0 so bar lengths stay proportional to the figures they show; ratios run on a
/// log scale so that 0.5 and 2 sit the same distance either side of 1.
/// </summary>
public sealed record ChartAxis(double Min, double Max, IReadOnlyList<AxisTick> Ticks, bool Logarithmic = false)
{
    // Lets 0.30 count as already on the 10% grid despite binary floating point.
    private const double Tolerance = 1e-9;

    /// <summary>0.25 to 4 on a log scale, with gridlines at each doubling.</summary>
    public static ChartAxis RatioAroundOne { get; } = new(
        0.25, 4, [new(0.25, "0.25"), new(0.5, "0.5"), new(1, "1"), new(2, "2"), new(4, "4")], Logarithmic: true);

    /// <summary>
    /// An axis from 0 that reaches every number in <paramref name="extent"/>: shares rounded up to
    /// the next 10% (10% to 100%) with a gridline every 10% (every 20% above 60%), counts and ratios
    /// up to a multiple of a 1, 2, 2.5 or 5 step giving about five gridlines.
    /// </summary>
    public static ChartAxis Fit(ValueFormat format, IEnumerable<double> extent)
    {
        var max = extent.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        double step;
        if (format == ValueFormat.Percent)
        {
            max = Math.Clamp(Math.Ceiling((max * 10) - Tolerance) / 10, 0.1, 1);
            step = max > 0.6 + Tolerance ? 0.2 : 0.1;
            max = Math.Ceiling((max / step) - Tolerance) * step;
        }
        else
        {
            max = max <= 0 ? 1 : max;
            var rough = max / 5;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            step = new[] { 1, 2, 2.5, 5, 10 }.First(m => m * magnitude >= rough - Tolerance) * magnitude;
            if (format == ValueFormat.Count)
            {
                step = Math.Max(step, 1);
            }
            max = Math.Ceiling((max / step) - Tolerance) * step;
        }
        var count = (int)Math.Round(max / step);
        var ticks = Enumerable.Range(0, count + 1).Select(i => i * step).Select(v => new AxisTick(v, ChartFormat.Tick(v, format))).ToList();
        return new ChartAxis(0, max, ticks);
    }

    /// <summary>Where a value falls on the axis, held to its ends: an interval running off the axis stops at its edge.</summary>
    public double Clamp(double value) => Math.Clamp(value, Min, Max);
}
