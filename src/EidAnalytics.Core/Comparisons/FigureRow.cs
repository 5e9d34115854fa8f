using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>One row of a download: a published figure of an area (an organisation or a group) with its context.</summary>
public sealed record FigureRow(
    ComparableMetric Metric,
    string AreaCode,
    string AreaName,
    string AreaType,
    DateOnly Snapshot,
    PublishedProportion? Figure,
    string? BenchmarkName,
    double? Benchmark,
    TrendResult? Trend,
    bool TrendSuppressed);
