using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>A benchmark the figures can be compared with: a group's total, a band end, the set's own total or an entered value.</summary>
public sealed record BenchmarkChoice(string Key, string Name, double? Value, string? Source = null);

/// <summary>One organisation in a comparison, with only disclosure-controlled figures.</summary>
public sealed record ComparisonRow(
    OrganisationEntry Organisation, PublishedProportion? Figure, BenchmarkComparison? Comparison, RankInterval? Rank, Peer? Peer);

/// <summary>One organisation's series across snapshots with its trend marker and trajectory; null marker = suppressed.</summary>
public sealed record TrendRow(
    OrganisationEntry Organisation, IReadOnlyList<PublishedProportion?> Series, TrendResult? Trend, TrajectoryResult? Trajectory);

/// <summary>A built comparison: the figures of a set of organisations for one metric at one snapshot.</summary>
public sealed record Comparison(
    ComparisonRequest Request,
    ComparableMetric Metric,
    string SetName,
    DateOnly Snapshot,
    IReadOnlyList<DateOnly> Snapshots,
    BenchmarkChoice Benchmark,
    IReadOnlyList<BenchmarkChoice> Benchmarks,
    IReadOnlyList<ComparisonRow> Rows,
    PublishedProportion? SetTotal,
    OrganisationEntry? PeerSubject,
    ReferenceBand? Band,
    double Target)
{
    private IEnumerable<ComparisonRow> Plotted => Ranked.Where(r => r.Figure is { Value: not null });

    /// <summary>The rows in the dot plot's order (highest first, figures not shown last), for the tables beside the charts.</summary>
    public IReadOnlyList<ComparisonRow> Ranked => RankedDotPlot.Ranked(Rows, r => r.Figure?.Value, r => r.Organisation.Name);

    private bool IsSubject(ComparisonRow row) => row.Organisation.Code == PeerSubject?.Code;

    /// <summary>The funnel plot of the published figures, the peer group's subject highlighted; null when the benchmark is not shown.</summary>
    public FunnelPlot? Funnel(string id) => Benchmark.Value is { } benchmark
        ? FunnelPlot.Create(id, $"{Metric.Name} against {Metric.Denominator}, {SetName}", Metric.Name, Capitalise(Metric.Denominator),
            Plotted.Select(r => new FunnelPoint(r.Organisation.Name, r.Figure!.Denominator, r.Figure.Value!.Value,
                r.Figure.Interval()?.Low, r.Figure.Interval()?.High, IsSubject(r))).ToList(),
            benchmark, FunnelCurves.Around(benchmark, Plotted.Select(r => (double)r.Figure!.Denominator).DefaultIfEmpty(10).Max()),
            band: Band)
        : null;

    public RankedDotPlot DotPlot(string id) => RankedDotPlot.Create(id, $"{Metric.Name}, {SetName}, ranked with 95% intervals", Metric.Name.ToLowerInvariant(),
        Rows.Select(r => r.Figure is { } f && f.Interval() is { } i
            ? new IntervalValue(r.Organisation.Name, f.Value, i.Low, i.High, Highlighted: IsSubject(r))
            : new IntervalValue(r.Organisation.Name, null, Note: r.Figure is null ? "no data" : PublishedRelease.NotShown, Highlighted: IsSubject(r))).ToList(),
        band: Band);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
