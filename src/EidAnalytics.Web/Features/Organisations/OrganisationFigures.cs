using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Organisations;

public sealed record DatasetSummary(long Id, DateOnly SnapshotDate, int Version, int RowCount, ExtractKind Kind, DateTimeOffset LoadedAt);

/// <summary>Everything the dashboard and the briefing show for one dataset version of one organisation.</summary>
public sealed record OrganisationFigures(
    long OrganisationId,
    string OrganisationCode,
    string OrganisationName,
    DatasetSummary Dataset,
    OrganisationMetrics Metrics,
    MetricOptions Options)
{
    public ScopeMetrics? Scope(string scope) => Metrics.Scopes.FirstOrDefault(s => s.Scope == scope);
}

/// <summary>Reads an organisation's stored figures (the latest dataset version unless one is named).</summary>
public sealed class OrganisationFiguresQuery(EidDbContext db, IOptions<MetricOptions> options)
{
    public async Task<OrganisationFigures?> LoadAsync(string organisationCode, long? datasetVersionId, CancellationToken cancellationToken)
    {
        var dataset = await db.DatasetVersions.AsNoTracking()
            .Where(d => d.Organisation!.Code == organisationCode && (datasetVersionId == null || d.Id == datasetVersionId))
            .OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version)
            .Select(d => new { d.Id, d.OrganisationId, d.SnapshotDate, d.Version, d.RowCount, d.ExtractKind, d.LoadedAt, d.Organisation!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (dataset is null)
        {
            return null;
        }
        var rows = await db.Metrics.AsNoTracking()
            .Where(m => m.DatasetVersionId == dataset.Id)
            .ToListAsync(cancellationToken);
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
        return new OrganisationFigures(
            dataset.OrganisationId,
            organisationCode,
            dataset.Name,
            new DatasetSummary(dataset.Id, dataset.SnapshotDate, dataset.Version, dataset.RowCount, dataset.ExtractKind, dataset.LoadedAt),
            new OrganisationMetrics(organisationCode, dataset.SnapshotDate, scopes),
            options.Value);
    }
}
