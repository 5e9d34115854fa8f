using System.Globalization;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// How comparisons are written, the same on pages, in reports and in downloads. Neutral words: a share higher
/// or lower than a benchmark is described, never called better or worse.
/// </summary>
public static class ComparisonWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A proportion as "18.8%", or <c>[c]</c> when suppressed.</summary>
    public static string Percent(double? proportion) =>
        proportion is { } p ? (p * 100).ToString("0.0", English) + "%" : PublishedRelease.NotShown;

    /// <summary>A count as "1,250", or <c>[c]</c>.</summary>
    public static string Count(long? count) => count is { } c ? c.ToString("#,0", English) : PublishedRelease.NotShown;

    /// <summary>"11.1%–30.0%", or <c>[c]</c>.</summary>
    public static string Interval(Interval? interval) =>
        interval is { } i ? $"{Percent(i.Low)}–{Percent(i.High)}" : PublishedRelease.NotShown;

    public static string Comparison(BenchmarkComparison? comparison) => comparison switch
    {
        BenchmarkComparison.LowerAt998 => "Lower (outside 99.8% limits)",
        BenchmarkComparison.LowerAt95 => "Lower (outside 95% limits)",
        BenchmarkComparison.Similar => "Similar",
        BenchmarkComparison.HigherAt95 => "Higher (outside 95% limits)",
        BenchmarkComparison.HigherAt998 => "Higher (outside 99.8% limits)",
        _ => PublishedRelease.NotShown,
    };

    /// <summary>The trend marker in Fingertips' words.</summary>
    public static string Trend(TrendResult? trend) => trend?.Direction switch
    {
        TrendDirection.Increasing => "Increasing",
        TrendDirection.Decreasing => "Decreasing",
        TrendDirection.NoSignificantChange => "No significant change",
        TrendDirection.CannotBeCalculated => "Cannot be calculated",
        _ => PublishedRelease.NotShown,
    };

    /// <summary>"2031 (95% interval 2028–2040)", "already reached", "not at this rate", or why not.</summary>
    public static string Trajectory(TrajectoryResult? trajectory, double target) => trajectory switch
    {
        null => PublishedRelease.NotShown,
        { Status: TrajectoryStatus.Reached } => $"Already at {Percent(target)} or above",
        { Status: TrajectoryStatus.NotAtThisRate } => $"Not reached at this rate (the share is not rising)",
        { Status: TrajectoryStatus.CannotBeCalculated, Reason: var reason } => $"Cannot be calculated: {reason}",
        { YearReached: { } year, YearLow: { } low, YearHigh: { } high } => $"{Year(year)} (95% interval {Year(low)}–{Year(high)})",
        { YearReached: { } year, Reason: var reason } when year >= Horizon => $"No reliable year: {reason} (the fitted line would not reach it before {Horizon})",
        { YearReached: { } year, Reason: var reason } => $"No reliable year: {reason} (the fitted line reaches it in {Year(year)})",
        _ => "Cannot be calculated",
    };

    /// <summary>A fitted line's year past this is not worth printing ("15426" reads as a fault, not a forecast).</summary>
    private const int Horizon = 2100;

    private static string Year(double year) => Math.Floor(year).ToString("0", English);
}
