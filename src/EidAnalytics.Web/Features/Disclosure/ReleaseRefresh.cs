using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace EidAnalytics.Web.Features.Disclosure;

/// <summary>
/// Keeps the stored release (<c>published_figures</c>) in step with the data: whatever changes what others may
/// see — a dataset loaded, purged or erased, the reference list edited, the method's settings changed — asks for a
/// refresh after it commits, and <see cref="RefreshReleasesJob"/> rebuilds every snapshot's release from the
/// datasets' stored cells by Core's <see cref="PublishedRelease.Build"/>. No page does disclosure work: they read
/// what this wrote. Requests are numbered, and one refresh answers every request numbered before it started, so a
/// burst of uploads costs a refresh or two, not one each.
/// </summary>
public sealed class ReleaseRefresh(
    EidDbContext db, JobRequests jobs, Pseudonymiser pseudonymiser, IOptions<DisclosureOptions> options, TimeProvider clock, ILogger<ReleaseRefresh> logger)
{
    /// <summary>First key of the advisory lock that lets one refresh run at a time across nodes.</summary>
    private const int RefreshLock = 0x1D0B;

    /// <summary>Asks for a new release; call it after the change it is for has committed.</summary>
    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        var generation = await db.Database.SqlQuery<long>($"select nextval('release_generation') as \"Value\"").SingleAsync(cancellationToken);
        await jobs.EnqueueOnceAsync<RefreshReleasesJob>($"releases:{generation}", job => job.RunAsync(CancellationToken.None), cancellationToken);
    }

    /// <summary>The generation the stored release answers, or 0 before the first.</summary>
    public async Task<long> PublishedGenerationAsync(CancellationToken cancellationToken) =>
        await db.ReleaseStates.AsNoTracking().Select(s => (long?)s.PublishedGeneration).SingleOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>Rebuilds the stored release unless it already answers every request and the settings are unchanged; true if it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock({RefreshLock}, 0)", cancellationToken);
        // Read first: a request numbered later may be for data this refresh does not see.
        var generation = await db.Database
            .SqlQuery<long>($"select case when is_called then last_value else 0 end as \"Value\" from release_generation").SingleAsync(cancellationToken);
        var settings = Settings(options.Value);
        var state = await db.ReleaseStates.SingleOrDefaultAsync(cancellationToken);
        if (state is not null && state.PublishedGeneration >= generation && state.Settings == settings)
        {
            return false;
        }

        await AddMissingCellsAsync(cancellationToken);
        var organisations = (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();
        var datasets = await (
            from d in db.DatasetVersions.IgnoreQueryFilters()
            join c in db.DatasetCells.IgnoreQueryFilters() on d.Id equals c.DatasetVersionId
            select new { d.Organisation!.Code, d.SnapshotDate, d.ExtractKind, d.Id, c.Counts, c.Keys })
            .AsNoTracking().ToListAsync(cancellationToken);
        var candidates = datasets.Select(d => new ReleaseCandidate<ReleaseUnit>(
            d.Code, d.SnapshotDate, d.ExtractKind == ExtractKind.WholeOrganisation, d.Id,
            new ReleaseUnit(d.Code, d.SnapshotDate, DisclosureCells.FromStored(d.Counts, d.Keys)))).ToList();
        var groups = ReleaseGroups.Fixed(organisations);
        var releases = ReleaseCandidates.Snapshots(candidates)
            .Select(snapshot => PublishedRelease.Build(snapshot, ReleaseCandidates.Latest(candidates, snapshot), groups, options.Value))
            .ToList();

        await db.PublishedFigures.ExecuteDeleteAsync(cancellationToken);
        var rows = await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), releases, cancellationToken);
        if (state is null)
        {
            db.ReleaseStates.Add(state = new ReleaseState { Id = 1, Settings = settings });
        }
        (state.PublishedGeneration, state.Settings, state.PublishedAt) = (generation, settings, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Release {Generation} published: {Snapshots} snapshots, {Datasets} datasets, {Rows} figures, in {ElapsedMs:F0} ms",
            generation, releases.Count, datasets.Count, rows, clock.GetElapsedTime(started).TotalMilliseconds);
        return true;
    }

    /// <summary>The settings a release depends on; a change at start-up means a new release.</summary>
    public static string Settings(DisclosureOptions options) => $"{options.Method};threshold={options.Threshold};min-share={options.MinShareDenominator}";

    /// <summary>
    /// Datasets loaded before cells were gathered at ingest get them from their stored rows: each stored pseudonym
    /// gives the same record key it would have had at ingest, so the cells are those an ingest would have made.
    /// </summary>
    private async Task AddMissingCellsAsync(CancellationToken cancellationToken)
    {
        var missing = await db.DatasetVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => !db.DatasetCells.IgnoreQueryFilters().Any(c => c.DatasetVersionId == d.Id))
            .Select(d => new { d.Id, d.Organisation!.Code, d.SnapshotDate })
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }
        using var recordKeys = pseudonymiser.RecordKeys();
        foreach (var dataset in missing)
        {
            var cells = new DisclosureCells();
            await foreach (var row in db.Employees.IgnoreQueryFilters().AsNoTracking().Where(e => e.DatasetVersionId == dataset.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                cells.Add(Record(dataset.Code, dataset.SnapshotDate, row), recordKeys.Of(row.Pseudonym));
            }
            db.DatasetCells.Add(new DatasetCell { DatasetVersionId = dataset.Id, Counts = cells.StoredCounts(), Keys = cells.StoredKeys() });
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Disclosure cells added from stored rows for {Datasets} dataset versions loaded before they were gathered at ingest", missing.Count);
    }

    /// <summary>What of a stored row the cells read: job family, level, gender and the dates.</summary>
    private static EmployeeRecord Record(string code, DateOnly snapshot, Employee row) => new()
    {
        OrganisationCode = code,
        SnapshotDate = snapshot,
        EmployeeRef = "",
        JobFamily = Codes.JobFamily.TryParse(row.JobFamily, out var family) ? family : JobFamily.Other,
        Level = row.Level,
        StartDate = row.StartDate,
        LeaveDate = row.LeaveDate,
        Gender = Codes.Gender.TryParse(row.Gender, out var gender) ? gender : Gender.Undisclosed,
    };

    private static async Task<int> WriteAsync(NpgsqlConnection connection, IReadOnlyList<PublishedRelease> releases, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using var import = await connection.BeginBinaryImportAsync(
            "copy published_figures (snapshot_date, is_group, area, metric_id, dataset_snapshot_date, count, denominator, share_withheld, reason) from stdin (format binary)",
            cancellationToken);
        foreach (var release in releases)
        {
            foreach (var (isGroup, areas) in new[] { (false, release.Organisations.Values), (true, release.Groups.Values) })
            {
                foreach (var area in areas)
                {
                    foreach (var (metric, figure) in area.Metrics)
                    {
                        await import.StartRowAsync(cancellationToken);
                        await import.WriteAsync(release.Snapshot, NpgsqlDbType.Date, cancellationToken);
                        await import.WriteAsync(isGroup, NpgsqlDbType.Boolean, cancellationToken);
                        await import.WriteAsync(area.Key, NpgsqlDbType.Text, cancellationToken);
                        await import.WriteAsync(metric, NpgsqlDbType.Text, cancellationToken);
                        await WriteNullableAsync(import, area.DatasetSnapshot, NpgsqlDbType.Date, cancellationToken);
                        await WriteNullableAsync(import, figure.Count, NpgsqlDbType.Bigint, cancellationToken);
                        await import.WriteAsync(figure.Denominator, NpgsqlDbType.Bigint, cancellationToken);
                        await import.WriteAsync(figure.ShareWithheld, NpgsqlDbType.Boolean, cancellationToken);
                        await WriteNullableAsync(import, figure.Reason, NpgsqlDbType.Text, cancellationToken);
                        rows++;
                    }
                }
            }
        }
        await import.CompleteAsync(cancellationToken);
        return rows;
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? import.WriteNullAsync(cancellationToken) : import.WriteAsync(value, type, cancellationToken);
}
