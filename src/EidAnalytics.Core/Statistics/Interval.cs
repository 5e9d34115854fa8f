namespace EidAnalytics.Core.Statistics;

/// <summary>A two-sided confidence interval, <see cref="Low"/> ≤ <see cref="High"/>.</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>The interval with both ends divided by a positive constant, as when a count's interval becomes a rate's.</summary>
    public Interval DividedBy(double divisor) => new(Low / divisor, High / divisor);
}
