namespace EidAnalytics.Core.Charts;

/// <summary>
/// A value axis from 0 to <see cref="Max"/> with a gridline every <see cref="Step"/>. It always
/// starts at 0 so bar lengths stay proportional to the figures they show.
/// </summary>
internal sealed record ValueAxis(double Max, double Step, ValueFormat Format)
{
    // Lets 0.30 count as already on the 10% grid despite binary floating point.
    private const double Tolerance = 1e-9;

    /// <summary>0% to 100% in steps of 10%.</summary>
    public static ValueAxis FullShare { get; } = new(1, 0.1, ValueFormat.Percent);

    /// <summary>
    /// An axis that reaches every number in <paramref name="extent"/> and
    /// <paramref name="atLeast"/>: shares rounded up to the next 10% (10% to 100%), ratios and
    /// counts up to a multiple of a 1, 2, 2.5 or 5 step giving about five gridlines.
    /// </summary>
    public static ValueAxis Fit(ValueFormat format, IEnumerable<double> extent, double atLeast = 0)
    {
        var max = Math.Max(atLeast, extent.Where(double.IsFinite).DefaultIfEmpty(0).Max());
        if (format == ValueFormat.Percent)
        {
            return new ValueAxis(Math.Clamp(Math.Ceiling((max * 10) - Tolerance) / 10, 0.1, 1), 0.1, format);
        }
        if (max <= 0)
        {
            max = 1;
        }
        var rough = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.First(m => m * magnitude >= rough - Tolerance) * magnitude;
        if (format == ValueFormat.Count)
        {
            step = Math.Max(step, 1);
        }
        return new ValueAxis(Math.Ceiling((max / step) - Tolerance) * step, step, format);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Max / Step);
        return Enumerable.Range(0, count + 1).Select(i => i * Step);
    }

    public LinearScale Scale(double rangeStart, double rangeEnd) => new(0, Max, rangeStart, rangeEnd);
}
