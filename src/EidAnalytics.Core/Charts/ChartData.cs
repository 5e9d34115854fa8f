namespace EidAnalytics.Core.Charts;

/// <summary>
/// The checks every chart makes on its inputs, kept in one place so that all charts agree on what
/// counts as a missing value or a drawable interval.
/// </summary>
public static class ChartData
{
    /// <summary>Non-finite values (a ratio over a zero share) are treated as missing, never drawn.</summary>
    public static bool HasValue(double? value) => value is { } v && double.IsFinite(v);

    /// <summary>
    /// The interval when both ends are given. An infinite upper end (a ratio's interval over a tiny
    /// count) is kept: the chart runs the whisker to the axis edge.
    /// </summary>
    public static (double Low, double High)? Interval(double? ciLow, double? ciHigh) =>
        ciLow is { } low && ciHigh is { } high && !double.IsNaN(low) && !double.IsNaN(high)
            ? (Math.Min(low, high), Math.Max(low, high))
            : null;

    /// <summary>The finite numbers an axis must reach to show every value, interval end and band.</summary>
    public static IEnumerable<double> Extent(IEnumerable<IntervalValue> items, ReferenceBand? band)
    {
        foreach (var item in items.Where(i => HasValue(i.Value)))
        {
            yield return item.Value!.Value;
            if (Interval(item.CiLow, item.CiHigh) is (_, var high) && double.IsFinite(high))
            {
                yield return high;
            }
        }
        if (band is not null)
        {
            yield return Math.Max(band.Low, band.High);
        }
    }
}
