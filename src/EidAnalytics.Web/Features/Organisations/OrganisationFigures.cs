using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Organisations;

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

    public ScopeMetrics? Scope(string scope) => Metrics.Scopes.FirstOrDefault(s => s.Scope == scope);

    /// <summary>The dataset a scope's figures came from.</summary>
    public DatasetSummary SourceOf(string scope) => Sources.GetValueOrDefault(scope) ?? Dataset;
}

/// <summary>
/// Reads an organisation's stored figures: for its latest snapshot, the latest version of each kind
/// of extract, the IT function's figures from the IT team's own extract when there is one and the
/// whole organisation's from the whole-council extract; or the one dataset version named.
/// </summary>
public sealed class OrganisationFiguresQuery(EidDbContext db, IOptions<MetricOptions> options)
{
    public async Task<OrganisationFigures?> LoadAsync(string organisationCode, long? datasetVersionId, CancellationToken cancellationToken)
    {
        var candidates = await db.DatasetVersions.AsNoTracking()
            .Where(d => d.Organisation!.Code == organisationCode && (datasetVersionId == null || d.Id == datasetVersionId))
            .OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.OrganisationId, d.SnapshotDate, d.Version, d.RowCount, d.ExtractKind, d.LoadedAt, d.Organisation!.Name })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }
        var latest = candidates.Where(d => d.SnapshotDate == candidates[0].SnapshotDate)
            .GroupBy(d => d.ExtractKind).Select(g => g.First()).ToList();
        var whole = latest.Find(d => d.ExtractKind == ExtractKind.WholeOrganisation);
        var itTeam = latest.Find(d => d.ExtractKind == ExtractKind.ItTeam);
        var dataset = whole ?? itTeam!;
        var sourceIds = new Dictionary<string, long> { [Scopes.ItFunction] = (itTeam ?? whole)!.Id };
        if (whole is not null)
        {
            sourceIds[Scopes.Organisation] = whole.Id;
        }
        var ids = sourceIds.Values.Distinct().ToList();
        var stored = await db.Metrics.AsNoTracking()
            .Where(m => ids.Contains(m.DatasetVersionId))
            .ToListAsync(cancellationToken);
        var rows = stored.Where(r => sourceIds.GetValueOrDefault(r.Scope) == r.DatasetVersionId).ToList();
        // Stored rows come back in no particular order; scopes keep the order Core emitted them in
        // via the catalogue's id order.
        var scopes = rows
            .GroupBy(r => r.Scope)
            .OrderBy(g => g.Key == Scopes.ItFunction ? 0 : 1)
            .Select(g => new ScopeMetrics(g.Key, g
                .Select(r => new MetricValue(r.MetricId, r.Value, r.Numerator, r.Denominator, r.CiLow, r.CiHigh, r.Category, r.Reason))
                .OrderBy(m => MetricIds.Order(m.Id))
                .ToList()))
            .ToList();
        var summaries = latest.ToDictionary(d => d.Id, d => new DatasetSummary(d.Id, d.SnapshotDate, d.Version, d.RowCount, d.ExtractKind, d.LoadedAt));
        return new OrganisationFigures(
            dataset.OrganisationId,
            organisationCode,
            dataset.Name,
            summaries[dataset.Id],
            new OrganisationMetrics(organisationCode, dataset.SnapshotDate, scopes),
            options.Value)
        {
            Sources = sourceIds.Where(s => scopes.Exists(m => m.Scope == s.Key)).ToDictionary(s => s.Key, s => summaries[s.Value]),
        };
    }
}
