using EidAnalytics.Core.Analyses;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>
/// Reads an organisation's stored figures: for its latest snapshot, the latest version of each kind
/// of extract, the IT function's figures from the IT team's own extract when there is one and the
/// whole organisation's from the whole-council extract; or the one dataset version named.
/// </summary>
/// <remarks>
/// One round trip per request: the organisation's dataset versions, read within the caller's
/// organisation scope (the query filter), are both the choice of datasets and the dashboard's
/// history. A dataset version's metrics never change once loaded, so they are cached by its id: an
/// id is only ever looked up after the scoped query returned it, so the cache cannot hand one
/// organisation's figures to another, and a version erased or purged is no longer returned.
/// </remarks>
public sealed class OrganisationFiguresQuery(EidDbContext db, IMemoryCache cache, IOptions<MetricOptions> options)
{
    private static readonly MemoryCacheEntryOptions CachedMetrics = new() { SlidingExpiration = TimeSpan.FromMinutes(30) };

    private sealed record Candidate(long Id, long OrganisationId, DateOnly SnapshotDate, int Version, int RowCount, ExtractKind ExtractKind, DateTimeOffset LoadedAt, string Name)
    {
        public DatasetSummary Summary => new(Id, SnapshotDate, Version, RowCount, ExtractKind, LoadedAt);
    }

    private static readonly Func<EidDbContext, string, IAsyncEnumerable<Candidate>> DatasetsOf = EF.CompileAsyncQuery(
        (EidDbContext context, string code) => context.DatasetVersions.AsNoTracking()
            .Where(d => d.Organisation!.Code == code)
            .OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version).ThenByDescending(d => d.Id)
            .Select(d => new Candidate(d.Id, d.OrganisationId, d.SnapshotDate, d.Version, d.RowCount, d.ExtractKind, d.LoadedAt, d.Organisation!.Name)));

    public async Task<OrganisationFigures?> LoadAsync(string organisationCode, long? datasetVersionId, CancellationToken cancellationToken)
    {
        var versions = new List<Candidate>();
        await foreach (var version in DatasetsOf(db, organisationCode).WithCancellation(cancellationToken))
        {
            versions.Add(version);
        }
        var candidates = datasetVersionId is { } only ? versions.FindAll(d => d.Id == only) : versions;
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
        var stored = await MetricsOfAsync(sourceIds.Values.Distinct().ToList(), cancellationToken);
        // Scopes keep the order Core emits them in: the IT function first.
        var scopes = sourceIds
            .OrderBy(s => s.Key == Scopes.ItFunction ? 0 : 1)
            .Select(s => stored[s.Value].GetValueOrDefault(s.Key))
            .OfType<ScopeMetrics>()
            .ToList();
        var summaries = latest.ToDictionary(d => d.Id, d => d.Summary);
        return new OrganisationFigures(
            dataset.OrganisationId,
            organisationCode,
            dataset.Name,
            summaries[dataset.Id],
            new OrganisationMetrics(organisationCode, dataset.SnapshotDate, scopes),
            options.Value)
        {
            Sources = sourceIds.Where(s => scopes.Exists(m => m.Scope == s.Key)).ToDictionary(s => s.Key, s => summaries[s.Value]),
            History = versions.ConvertAll(d => d.Summary),
            Trend = await TrendAsync(versions.FindAll(d => d.SnapshotDate <= dataset.SnapshotDate), cancellationToken),
        };
    }

    /// <summary>
    /// Women's share by scope at each snapshot, from the latest version of each kind of extract at that
    /// date and by the same rule as the figures shown: the IT function from the IT team's own extract
    /// when there is one. One query, of one metric, cached by the versions it reads.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<SnapshotShare>>> TrendAsync(List<Candidate> versions, CancellationToken cancellationToken)
    {
        var sources = versions.GroupBy(d => d.SnapshotDate).Select(snapshot =>
        {
            var kinds = snapshot.GroupBy(d => d.ExtractKind).ToDictionary(g => g.Key, g => g.First().Id);
            var whole = kinds.TryGetValue(ExtractKind.WholeOrganisation, out var w) ? w : (long?)null;
            var it = kinds.TryGetValue(ExtractKind.ItTeam, out var t) ? t : whole;
            return (Snapshot: snapshot.Key, ItFunction: it, Organisation: whole);
        }).OrderBy(s => s.Snapshot).ToList();
        var ids = sources.SelectMany(s => new[] { s.ItFunction, s.Organisation }).OfType<long>().Distinct().Order().ToList();
        var key = (typeof(OrganisationFiguresQuery), "trend", string.Join(',', ids));
        if (!cache.TryGetValue(key, out List<MetricRow>? rows) || rows is null)
        {
            rows = await db.DatasetMetrics.AsNoTracking()
                .Where(m => ids.Contains(m.DatasetVersionId) && m.MetricId == MetricIds.WomenShare)
                .Select(m => new MetricRow(m.DatasetVersionId, m.Scope, new MetricValue(m.MetricId, m.Value, m.Numerator, m.Denominator, m.CiLow, m.CiHigh, m.Category, m.Reason)))
                .ToListAsync(cancellationToken);
            cache.Set(key, rows, CachedMetrics);
        }
        IReadOnlyList<SnapshotShare> Series(string scope, Func<(DateOnly Snapshot, long? ItFunction, long? Organisation), long?> source) => sources
            .Select(s => (s.Snapshot, Row: rows.Find(r => r.DatasetVersionId == source(s) && r.Scope == scope)))
            .Where(p => p.Row is not null)
            .Select(p => new SnapshotShare(p.Snapshot, p.Row!.Share))
            .ToList();
        return new Dictionary<string, IReadOnlyList<SnapshotShare>>
        {
            [Scopes.ItFunction] = Series(Scopes.ItFunction, s => s.ItFunction),
            [Scopes.Organisation] = Series(Scopes.Organisation, s => s.Organisation),
        };
    }

    private sealed record MetricRow(long DatasetVersionId, string Scope, MetricValue Share);

    /// <summary>Each dataset version's metrics by scope, from the cache or, for those not in it, one query.</summary>
    private async Task<Dictionary<long, IReadOnlyDictionary<string, ScopeMetrics>>> MetricsOfAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, IReadOnlyDictionary<string, ScopeMetrics>>();
        foreach (var id in ids)
        {
            if (cache.TryGetValue((typeof(OrganisationFiguresQuery), id), out IReadOnlyDictionary<string, ScopeMetrics>? metrics) && metrics is not null)
            {
                found[id] = metrics;
            }
        }
        var missing = ids.FindAll(id => !found.ContainsKey(id));
        if (missing.Count == 0)
        {
            return found;
        }
        var rows = await db.DatasetMetrics.AsNoTracking().Where(m => missing.Contains(m.DatasetVersionId)).ToListAsync(cancellationToken);
        var flows = await db.DatasetFlows.AsNoTracking().Where(f => missing.Contains(f.DatasetVersionId)).ToListAsync(cancellationToken);
        foreach (var id in missing)
        {
            // Stored rows come back in no particular order; a scope's metrics take the catalogue's order.
            IReadOnlyDictionary<string, ScopeMetrics> metrics = rows.Where(r => r.DatasetVersionId == id)
                .GroupBy(r => r.Scope)
                .ToDictionary(g => g.Key, g => new ScopeMetrics(g.Key, g
                    .Select(r => new MetricValue(r.MetricId, r.Value, r.Numerator, r.Denominator, r.CiLow, r.CiHigh, r.Category, r.Reason, r.Unadjusted))
                    .OrderBy(m => MetricIds.Order(m.Id))
                    .ToList())
                {
                    Flows = flows.Find(f => f.DatasetVersionId == id && f.Scope == g.Key) is { } stored ? StoredFlows.Levels(stored.Counts) : null,
                });
            cache.Set((typeof(OrganisationFiguresQuery), id), metrics, CachedMetrics);
            found[id] = metrics;
        }
        return found;
    }
}
