using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>
/// The only way cross-organisation pages, APIs and downloads read figures: every organisation's stored IT-function
/// metrics at a snapshot (each one's latest dataset version for that date), passed through disclosure control as
/// one release per metric family and snapshot. Releases are cached until a dataset or the reference list changes.
/// It reads past the organisation scope (IgnoreQueryFilters) because what it returns has been through
/// <see cref="PublishedFamily.Publish"/>: it is the one door figures leave their organisation by.
/// </summary>
public sealed class ComparisonData(EidDbContext db, IMemoryCache cache, IOptions<DisclosureOptions> disclosure)
{
    public const string National = PublishedFamily.National;

    public static string RegionKey(string region) => "region:" + region;

    public static string TypeKey(string type) => "type:" + type;

    public async Task<IReadOnlyList<OrganisationEntry>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();

    /// <summary>Every snapshot date with data, oldest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> SnapshotsAsync(CancellationToken cancellationToken) =>
        await db.DatasetVersions.IgnoreQueryFilters().AsNoTracking().Select(d => d.SnapshotDate).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);

    /// <summary>The groups whose totals every release publishes: the nation, each region and each type.</summary>
    public static IReadOnlyList<ComparisonGroup> Groups(IReadOnlyList<OrganisationEntry> organisations) =>
    [
        new(National, organisations.Select(o => o.Code).ToList()),
        .. organisations.Where(o => o.Region is not null).GroupBy(o => o.Region!).Select(g => new ComparisonGroup(RegionKey(g.Key), g.Select(o => o.Code).ToList())),
        .. organisations.GroupBy(o => o.Type).Select(g => new ComparisonGroup(TypeKey(g.Key), g.Select(o => o.Code).ToList())),
    ];

    /// <summary>One family's release at one snapshot, protected.</summary>
    public async Task<PublishedFamily> PublishAsync(
        string family, DateOnly snapshot, IReadOnlyList<OrganisationEntry> organisations, CancellationToken cancellationToken)
    {
        var latest = await db.DatasetVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.SnapshotDate == snapshot)
            .GroupBy(d => d.OrganisationId)
            .Select(g => g.Max(d => d.Id))
            .ToListAsync(cancellationToken);
        var key = string.Join('|', family, snapshot, disclosure.Value.Threshold, string.Join(',', latest.Order()),
            string.Join(';', organisations.Select(o => $"{o.Code}/{o.Type}/{o.Region}")));
        if (cache.TryGetValue(key, out PublishedFamily? cached) && cached is not null)
        {
            return cached;
        }
        var ids = ComparableMetrics.InFamily(family).Select(m => m.Id).ToList();
        var rows = await db.Metrics.IgnoreQueryFilters().AsNoTracking()
            .Where(m => latest.Contains(m.DatasetVersionId) && m.Scope == Scopes.ItFunction && ids.Contains(m.MetricId))
            .Select(m => new { Code = db.DatasetVersions.IgnoreQueryFilters().Where(d => d.Id == m.DatasetVersionId).Select(d => d.Organisation!.Code).First(), m.MetricId, m.Value, m.Numerator, m.Denominator })
            .ToListAsync(cancellationToken);
        var units = rows.GroupBy(r => r.Code)
            .Select(g => new ComparisonUnit(g.Key, g.ToDictionary(r => r.MetricId, r => new MetricValue(r.MetricId, r.Value, r.Numerator, r.Denominator))))
            .ToList();
        var published = PublishedFamily.Publish(family, units, Groups(organisations), disclosure.Value);
        cache.Set(key, published, TimeSpan.FromHours(1));
        return published;
    }
}
