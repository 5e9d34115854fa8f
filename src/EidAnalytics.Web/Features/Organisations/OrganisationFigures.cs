using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Data;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>A scope's women's share at one snapshot.</summary>
public sealed record SnapshotShare(DateOnly Snapshot, MetricValue Share);

public sealed record DatasetSummary(long Id, DateOnly SnapshotDate, int Version, int RowCount, ExtractKind Kind, DateTimeOffset LoadedAt);

/// <summary>
/// Everything the dashboard and the briefing show for one snapshot of one organisation.
/// <see cref="Dataset"/> is the main dataset (the whole-council extract when there is one);
/// <see cref="Sources"/> says which dataset each scope's figures came from, since an IT team's own
/// extract and a whole-council HR extract of the same date are shown together.
/// </summary>
public sealed record OrganisationFigures(
    long OrganisationId,
    string OrganisationCode,
    string OrganisationName,
    DatasetSummary Dataset,
    OrganisationMetrics Metrics,
    MetricOptions Options)
{
    public IReadOnlyDictionary<string, DatasetSummary> Sources { get; init; } = new Dictionary<string, DatasetSummary>();

    /// <summary>Every dataset version of the organisation, newest snapshot and version first.</summary>
    public IReadOnlyList<DatasetSummary> History { get; init; } = [];

    /// <summary>
    /// Each scope's women's share at every snapshot up to this one, oldest first, from the same kind of
    /// extract the scope's figures come from: the trend chart's points.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SnapshotShare>> Trend { get; init; } = new Dictionary<string, IReadOnlyList<SnapshotShare>>();

    /// <summary>Another target share and year to work the projection's hiring share out for; null for the configured one.</summary>
    public ProjectionTarget? TriedTarget { get; init; }

    public ScopeMetrics? Scope(string scope) => Metrics.Scopes.FirstOrDefault(s => s.Scope == scope);

    /// <summary>The dataset a scope's figures came from.</summary>
    public DatasetSummary SourceOf(string scope) => Sources.GetValueOrDefault(scope) ?? Dataset;
}
