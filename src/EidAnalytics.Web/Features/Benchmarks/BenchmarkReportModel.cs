using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Statistics;
using EidAnalytics.Web.Features.Comparisons;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>A group total over snapshots with its trend marker and trajectory.</summary>
public sealed record GroupSeries(IReadOnlyList<(DateOnly Snapshot, PublishedProportion? Figure)> Points, TrendResult? Trend, TrajectoryResult? Trajectory);

/// <summary>Everything a benchmark report shows, every figure disclosure-controlled.</summary>
public sealed record BenchmarkReportModel(
    ReportScope Scope,
    Comparison WomenShare,
    PublishedProportion? Headline,
    PublishedProportion? National,
    MetricOptions Band,
    GroupSeries Trend,
    IReadOnlyList<(ComparableMetric Metric, PublishedProportion? Figure)> Pipeline,
    IReadOnlyList<(ComparableMetric Metric, PublishedProportion? Figure)> Retention,
    Core.Disclosure.DisclosureOptions Disclosure)
{
    /// <summary>The headline against the baseline band, judged on its 95% interval as the dashboard judges a council.</summary>
    public string BandVerdict => Headline?.Interval() is not { } interval
        ? "[c]"
        : interval.High < Band.BaselineLow ? $"Below the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: even the top of the interval is under {Percent(Band.BaselineLow)}."
        : interval.Low > Band.BaselineHigh ? $"Above the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: even the bottom of the interval is over {Percent(Band.BaselineHigh)}."
        : $"Consistent with the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: the interval overlaps it.";

    private static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
