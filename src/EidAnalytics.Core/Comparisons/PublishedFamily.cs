using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>One organisation's stored figures at a snapshot, as they go into a release.</summary>
public sealed record ComparisonUnit(string Code, IReadOnlyDictionary<string, MetricValue> Metrics);

/// <summary>A set of organisations whose totals the release publishes: the nation, a region, a type.</summary>
public sealed record ComparisonGroup(string Key, IReadOnlyCollection<string> Codes);

/// <summary>
/// A proportion as it may be shown outside its organisation: the count and denominator after disclosure control
/// (null = suppressed, shown as <c>[c]</c>). Every figure derived from it — value, intervals, verdict — is
/// computed here from those two numbers only, so a figure derived from a suppressed count is always missing too.
/// </summary>
public sealed record PublishedProportion(long? Count, long? Denominator)
{
    public bool IsSuppressed => Count is null || Denominator is null;

    public double? Value => IsSuppressed || Denominator == 0 ? null : (double)Count!.Value / Denominator!.Value;

    /// <summary>The Wilson score interval at z (95% by default); null when suppressed.</summary>
    public Interval? Interval(double z = ConfidenceIntervals.Z95) =>
        Value is null ? null : ConfidenceIntervals.Wilson(Count!.Value, Denominator!.Value, z);

    /// <summary>How the figure sits against the Wilson control limits around a benchmark; null when either is missing.</summary>
    public BenchmarkComparison? Compare(double? benchmark) =>
        Value is null || benchmark is null ? null : ControlLimits.Compare(Count!.Value, Denominator!.Value, benchmark.Value);

    /// <summary>
    /// The total of an ad-hoc set (a basket, a peer group). It is published only when every member's count is:
    /// a sum of published numbers tells nothing new, whereas the total of a set with a suppressed member would
    /// give that member away by subtraction, and no pattern fixed in advance could protect every set a user
    /// might build. An empty set has no total.
    /// </summary>
    public static PublishedProportion Total(IReadOnlyCollection<PublishedProportion> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Count == 0 || members.Any(m => m.IsSuppressed)
            ? new PublishedProportion(null, null)
            : new PublishedProportion(members.Sum(m => m.Count!.Value), members.Sum(m => m.Denominator!.Value));
    }
}

/// <summary>
/// One family of metrics for every organisation at one snapshot, with the nation's, regions' and types' totals,
/// passed through <see cref="DisclosureControl.Protect"/> as one release. Pages, reports and downloads show
/// parts of it, so what one shows cannot be combined with what another shows to undo a suppression.
/// </summary>
public sealed class PublishedFamily
{
    /// <summary>The key of the group of every organisation; its breakdowns are kept before regions' and types'.</summary>
    public const string National = "national";

    private readonly ProtectedRelease _protection;
    private readonly Dictionary<(string Key, string Metric), (int Numerator, int Denominator)> _units = [];
    private readonly Dictionary<(string Key, string Metric), (int Numerator, int Denominator)> _groups = [];

    private PublishedFamily(ProtectedRelease protection) => _protection = protection;

    public string Family { get; private init; } = "";

    /// <summary>The organisations with figures for this family.</summary>
    public IReadOnlyCollection<string> Codes { get; private init; } = [];

    public int PrimarySuppressions => _protection.PrimarySuppressions;

    public int SecondarySuppressions => _protection.SecondarySuppressions;

    /// <summary>Builds and protects the release. Record-level data never enters: only stored figures.</summary>
    public static PublishedFamily Publish(
        string family, IReadOnlyList<ComparisonUnit> units, IReadOnlyList<ComparisonGroup> groups, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(groups);
        var release = new Release();
        var leavesOf = new Dictionary<string, (int[] Leaves, UnitCells Cells)>(StringComparer.Ordinal);
        foreach (var unit in units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (MetricFamilies.Split(family, unit.Metrics) is { } cells)
            {
                leavesOf[unit.Code] = (cells.Leaves.Select(release.AddLeaf).ToArray(), cells);
            }
        }
        var unitCounts = new Dictionary<(string, string), (int, int)>();
        foreach (var (code, (leaves, cells)) in leavesOf)
        {
            foreach (var (metric, (numerator, denominator)) in cells.Metrics)
            {
                var role = ComparableMetrics.Find(metric)!.IsHeadline ? CountRole.Headline : CountRole.Detail;
                unitCounts[(code, metric)] = (
                    release.AddCount(numerator.Select(i => leaves[i]), role),
                    release.AddCount(denominator.Select(i => leaves[i]), role));
            }
        }
        var groupCounts = new Dictionary<(string, string), (int, int)>();
        foreach (var group in groups)
        {
            var members = group.Codes.Where(leavesOf.ContainsKey).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            foreach (var metric in ComparableMetrics.InFamily(family))
            {
                var role = metric.IsHeadline || group.Key == National ? CountRole.Total : CountRole.TotalDetail;
                groupCounts[(group.Key, metric.Id)] = (
                    release.AddCount(members.SelectMany(c => leavesOf[c].Cells.Metrics[metric.Id].Numerator.Select(i => leavesOf[c].Leaves[i])), role),
                    release.AddCount(members.SelectMany(c => leavesOf[c].Cells.Metrics[metric.Id].Denominator.Select(i => leavesOf[c].Leaves[i])), role));
            }
        }
        var published = new PublishedFamily(DisclosureControl.Protect(release, options)) { Family = family, Codes = leavesOf.Keys.ToList() };
        foreach (var (key, counts) in unitCounts)
        {
            published._units[key] = counts;
        }
        foreach (var (key, counts) in groupCounts)
        {
            published._groups[key] = counts;
        }
        return published;
    }

    /// <summary>An organisation's figure, or null when it has none for this family (not the same as suppressed).</summary>
    public PublishedProportion? Unit(string code, string metricId) => Read(_units, code, metricId);

    /// <summary>A group's total, or null when the group has no member with figures.</summary>
    public PublishedProportion? Group(string key, string metricId) => Read(_groups, key, metricId);

    private PublishedProportion? Read(Dictionary<(string, string), (int Numerator, int Denominator)> counts, string key, string metricId) =>
        counts.TryGetValue((key, metricId), out var ids)
            ? new PublishedProportion(_protection.Count(ids.Numerator), _protection.Count(ids.Denominator))
            : null;
}
