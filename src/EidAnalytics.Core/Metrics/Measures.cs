using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// The few shapes every metric takes (a share, a rate, a ratio of two proportions, a pay gap), each turning
/// counts into a <see cref="MetricValue"/> with its interval, or into <see cref="MetricValue.Missing"/> with a
/// reason when it cannot be calculated. Only here are divisions made, so no metric can be NaN or infinite.
/// </summary>
internal static class Measures
{
    /// <summary>A proportion <c>part / whole</c> with its Wilson score interval.</summary>
    public static MetricValue Share(string id, double part, double whole, string reasonWhenEmpty)
    {
        if (whole <= 0)
        {
            return MetricValue.Missing(id, reasonWhenEmpty, part, whole);
        }
        var interval = ConfidenceIntervals.Wilson(part, whole);
        return new MetricValue(id, part / whole, part, whole, interval.Low, interval.High);
    }

    /// <summary>
    /// A weighted proportion <c>p = weightedPart / weightedWhole</c> (FTE). Its interval is Wilson's at the
    /// head count, i.e. for <c>p·headcount</c> successes in <c>headcount</c> trials: the people, not their
    /// hours, are the independent units, so weighting should move the estimate but not narrow the interval.
    /// </summary>
    public static MetricValue WeightedShare(string id, double weightedPart, double weightedWhole, int headcount, string reasonWhenEmpty)
    {
        if (weightedWhole <= 0 || headcount == 0)
        {
            return MetricValue.Missing(id, reasonWhenEmpty, weightedPart, weightedWhole);
        }
        var share = weightedPart / weightedWhole;
        var interval = ConfidenceIntervals.Wilson(share * headcount, headcount);
        return new MetricValue(id, share, weightedPart, weightedWhole, interval.Low, interval.High);
    }

    /// <summary>
    /// A rate of events per unit of exposure (leavers per average head count), with the exact Poisson
    /// interval of the count divided by the exposure. A rate may exceed 1.
    /// </summary>
    public static MetricValue Rate(string id, int events, double exposure, string reasonWhenEmpty)
    {
        if (exposure <= 0)
        {
            return MetricValue.Missing(id, reasonWhenEmpty, events, exposure);
        }
        var interval = ConfidenceIntervals.PoissonExact(events).DividedBy(exposure);
        return new MetricValue(id, events / exposure, events, exposure, interval.Low, interval.High);
    }

    /// <summary>
    /// The ratio of proportions <c>(a/n₁) / (b/n₂)</c> with the Katz log interval. Numerator and denominator
    /// are the two proportions, so value = numerator / denominator as for every other metric.
    /// </summary>
    public static MetricValue Ratio(string id, int eventsA, int sizeA, int eventsB, int sizeB, string reasonWhenUndefined)
    {
        if (ConfidenceIntervals.KatzLogRatio(eventsA, sizeA, eventsB, sizeB) is not { } estimate)
        {
            return MetricValue.Missing(id, reasonWhenUndefined);
        }
        return new MetricValue(
            id, estimate.Ratio, (double)eventsA / sizeA, (double)eventsB / sizeB, estimate.Interval.Low, estimate.Interval.High);
    }

    /// <summary>
    /// A pay gap as the regulations state it, <c>(men − women) / men × 100</c>: positive when men are paid
    /// more. Numerator is men − women and denominator men, in pounds. No interval: the regulations publish
    /// the point figure.
    /// </summary>
    public static MetricValue Gap(string id, double men, double women, string averageName)
    {
        if (men <= 0)
        {
            return MetricValue.Missing(id, $"Men's {averageName} is £0, so a gap relative to it cannot be calculated.");
        }
        var difference = men - women;
        return new MetricValue(id, difference / men * 100, difference, men);
    }
}
