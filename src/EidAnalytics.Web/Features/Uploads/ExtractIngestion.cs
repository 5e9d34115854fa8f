using System.Security.Cryptography;
using System.Text;
using EidAnalytics.Core.Analyses;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Validates a stored upload and, if it is valid, loads it as a new dataset version with its
/// metrics in one transaction. Safe to run again for the same upload: a finished upload is left
/// alone, and a load interrupted part-way was rolled back by PostgreSQL and simply starts over.
/// </summary>
public sealed class ExtractIngestion(
    EidDbContext db,
    ExtractFileStore store,
    Pseudonymiser pseudonymiser,
    IOptions<UploadOptions> uploadOptions,
    IOptions<MetricOptions> metricOptions,
    ReleaseRefresh releases,
    TimeProvider clock,
    ILogger<ExtractIngestion> logger)
{
    /// <summary>First key of the two-part advisory lock that serialises loads per organisation.</summary>
    private const int OrganisationLoadLock = 0x1D0A;

    public async Task IngestAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.Include(u => u.Organisation)
            .FirstOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        if (upload is null)
        {
            logger.LogWarning("Upload {UploadId} no longer exists; nothing to ingest", uploadId);
            return;
        }
        if (upload.IsFinished || upload.Status == UploadStatus.NeedsMapping)
        {
            return;
        }

        await SetStatusAsync(upload, UploadStatus.Validating,
            "Checking every row of the file and loading it as it goes; nothing is kept unless every row is valid.", cancellationToken);
        await LoadAsync(upload, cancellationToken);
    }

    /// <summary>Marks an upload that could not be processed after every retry as failed, saying so plainly.</summary>
    public async Task GiveUpAsync(Guid uploadId, string jobId, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.FirstOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        if (upload is null || upload.IsFinished)
        {
            return;
        }
        upload.Status = UploadStatus.Failed;
        upload.StatusMessage = $"The service could not process this file because of a fault on our side (job {jobId}). Nothing was loaded; please upload it again.";
        upload.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogError("Upload {UploadId} given up after repeated failures of job {JobId}", uploadId, jobId);
    }

    private const int MaxValueLength = 200;
    private const int MaxReasonLength = 1000;

    /// <summary>
    /// A problem quotes the offending cell, which may be anything a hostile file holds: PostgreSQL
    /// text cannot contain NUL, and a megabyte-long cell helps nobody. Control characters become
    /// U+FFFD and long text is cut with an ellipsis.
    /// </summary>
    internal static string Storable(string text, int maxLength)
    {
        var clean = string.Create(Math.Min(text.Length, maxLength), text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) && source[i] is not ('\t' or '\n') ? '\uFFFD' : source[i];
            }
        });
        return text.Length > maxLength ? clean[..(maxLength - 1)] + "…" : clean;
    }

    private ParsedExtract Parse(Upload upload, IReadOnlyDictionary<string, string> organisationNames, IRecordSink rows, CancellationToken cancellationToken)
    {
        using var file = store.OpenRead(upload.StoredName);
        return ExtractParser.Parse(file, uploadOptions.Value.ReadOptions(clock) with
        {
            ExpectedOrganisationCode = upload.Organisation!.Code,
            OrganisationNames = organisationNames,
            Profile = upload.Profile is { } profile ? MappingProfileJson.Read(profile) : null,
            SnapshotDate = upload.SnapshotDate,
            ItTeamOnly = upload.ExtractKind == ExtractKind.ItTeam,
        }, rows, cancellationToken);
    }

    private async Task RejectAsync(Upload upload, ParsedExtract parsed, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UploadProblems.Where(p => p.UploadId == upload.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UploadProblemGroups.Where(p => p.UploadId == upload.Id).ExecuteDeleteAsync(cancellationToken);
        upload.ProblemGroups = parsed.ProblemGroups.Select((g, i) => new UploadProblemGroup
        {
            UploadId = upload.Id,
            Ordinal = i + 1,
            Kind = EidDbContext.SnakeCase(g.Kind.ToString()),
            ColumnName = Storable(g.Column, MaxValueLength),
            Value = g.IsPersonal ? "" : Storable(g.Value, MaxValueLength),
            Count = g.Count,
            SampleRows = [.. g.Rows],
            // The summary may quote the value; personal data is left out, the rows are enough to find it.
            Summary = Storable(Redacted(g.Summary, g.Kind, g.IsPersonal, g.Value), MaxReasonLength),
        }).ToList();
        upload.Problems = parsed.Problems.Select((p, i) => new UploadProblem
        {
            UploadId = upload.Id,
            Ordinal = i + 1,
            RowNumber = p.Row,
            ColumnName = Storable(p.Column, MaxValueLength),
            // Personal data (an employee reference, a date of birth): the row number is enough to find it.
            Value = p.IsPersonal ? "" : Storable(p.Value, MaxValueLength),
            Reason = Storable(Redacted(p.Reason, p.Kind, p.IsPersonal, p.Value), MaxReasonLength),
            Kind = EidDbContext.SnakeCase(p.Kind.ToString()),
        }).ToList();
        upload.ProblemCount = parsed.ProblemCount;
        upload.Status = UploadStatus.Failed;
        upload.StatusMessage = parsed.ProblemCount == 1
            ? "The file was not loaded: it has 1 problem."
            : $"The file was not loaded: it has {parsed.ProblemCount:N0} problems.";
        upload.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Upload {UploadId} rejected with {ProblemCount} problems", upload.Id, parsed.ProblemCount);
    }

    /// <summary>
    /// Text about a problem with a personal value (an employee reference, a date of birth) with that value
    /// replaced by "…". A duplicate reference's words name the two rows and never the reference, so they are
    /// left whole: a reference such as 4 would otherwise blank out the 4 of "rows 2 and 4".
    /// </summary>
    internal static string Redacted(string text, ProblemKind kind, bool isPersonal, string value) =>
        isPersonal && value.Length > 0 && kind != ProblemKind.DuplicateRef ? text.Replace(value, "…", StringComparison.Ordinal) : text;

    /// <summary>
    /// Checks the file and loads its rows in one pass and one transaction: each row goes into the COPY as soon
    /// as it is found valid, so PostgreSQL stores rows while the rest of the file is being checked. A problem
    /// anywhere cancels the COPY and rolls everything back, so a rejected file leaves nothing behind.
    /// </summary>
    private async Task LoadAsync(Upload upload, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"select pg_advisory_xact_lock({OrganisationLoadLock}, {(int)upload.OrganisationId})", cancellationToken);

        var contentHash = DatasetHash(upload);
        var identical = await db.DatasetVersions.AsNoTracking()
            .Where(d => d.OrganisationId == upload.OrganisationId && d.ContentHash == contentHash)
            .Select(d => new { d.Id, d.SnapshotDate, d.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (identical is not null)
        {
            Finish(upload, UploadStatus.Unchanged, identical.Id,
                $"This file is identical to version {identical.Version} of the {identical.SnapshotDate:d MMMM yyyy} snapshot; nothing has changed.");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        // The rows need their dataset version's id before the dataset version can be written (its
        // snapshot date, kind and row count are known only at the end), so the id is taken first.
        var datasetId = await db.Database
            .SqlQuery<long>($"select nextval(pg_get_serial_sequence('dataset_versions', 'id')) as \"Value\"")
            .SingleAsync(cancellationToken);
        // Read before the COPY holds the connection: a file for another organisation is told whose it is by name.
        var organisationNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Name, cancellationToken);
        ParsedExtract parsed;
        WorkforceTally? tally;
        DisclosureCells cells;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await EmployeeCopy.BeginAsync(connection, datasetId, upload.Organisation!.Code, pseudonymiser, cancellationToken))
        {
            parsed = Parse(upload, organisationNames, copy, cancellationToken);
            tally = copy.Tally;
            cells = copy.Cells;
            if (parsed.IsValid)
            {
                await copy.CompleteAsync(cancellationToken);
            }
        }
        var copied = clock.GetElapsedTime(started);
        if (!parsed.IsValid || tally is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RejectAsync(upload, parsed, cancellationToken);
            return;
        }

        var snapshotDate = tally.SnapshotDate;
        var kind = upload.ExtractKind ?? (tally.OtherFamilyCount > 0 ? ExtractKind.WholeOrganisation : ExtractKind.ItTeam);
        var version = 1 + (await db.DatasetVersions
            .Where(d => d.OrganisationId == upload.OrganisationId && d.SnapshotDate == snapshotDate && d.ExtractKind == kind)
            .MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0);
        db.DatasetVersions.Add(new DatasetVersion
        {
            Id = datasetId,
            OrganisationId = upload.OrganisationId,
            UploadId = upload.Id,
            SnapshotDate = snapshotDate,
            Version = version,
            ContentHash = contentHash,
            RowCount = tally.Count,
            ExtractKind = kind,
            ProfileName = upload.ProfileName,
            LoadedAt = clock.GetUtcNow(),
        });
        var measured = tally.Measure(parsed.Columns, metricOptions.Value);
        db.DatasetMetrics.AddRange(measured.SelectMany(scope => scope.Metrics.Select(m => new DatasetMetric
        {
            DatasetVersionId = datasetId,
            Scope = scope.Scope,
            MetricId = m.Id,
            Value = m.Value,
            Numerator = m.Numerator,
            Denominator = m.Denominator,
            CiLow = m.CiLow,
            CiHigh = m.CiHigh,
            Category = m.Category,
            Reason = m.Reason,
            Unadjusted = m.Unadjusted,
        })));
        db.DatasetFlows.AddRange(measured.Where(scope => scope.Flows is not null).Select(scope => new DatasetFlow
        {
            DatasetVersionId = datasetId,
            Scope = scope.Scope,
            Counts = StoredFlows.Counts(scope.Flows!),
        }));
        db.DatasetCells.Add(new DatasetCell { DatasetVersionId = datasetId, Counts = cells.StoredCounts(), Keys = cells.StoredKeys() });
        Finish(upload, UploadStatus.Loaded, datasetId,
            $"{tally.Count:N0} rows loaded as version {version} of the {snapshotDate:d MMMM yyyy} {(kind == ExtractKind.ItTeam ? "IT-team" : "whole-council")} extract.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await releases.RequestAsync(CancellationToken.None);
        logger.LogInformation("Upload {UploadId} loaded as dataset version {DatasetVersionId} ({RowCount} rows; checked and copied in {CopiedMs:F0} ms, loaded in {LoadedMs:F0} ms)",
            upload.Id, datasetId, tally.Count, copied.TotalMilliseconds, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// What identifies a dataset: the file's bytes and, when it was read through a profile, the
    /// profile, so the same file read with a corrected profile is a new version, not "unchanged".
    /// </summary>
    private static byte[] DatasetHash(Upload upload) => upload.Profile is null
        ? upload.ContentHash
        : SHA256.HashData([.. upload.ContentHash, .. Encoding.UTF8.GetBytes(upload.Profile)]);

    private void Finish(Upload upload, UploadStatus status, long datasetVersionId, string message)
    {
        upload.Status = status;
        upload.DatasetVersionId = datasetVersionId;
        upload.StatusMessage = message;
        upload.FinishedAt = clock.GetUtcNow();
    }

    private async Task SetStatusAsync(Upload upload, UploadStatus status, string message, CancellationToken cancellationToken)
    {
        upload.Status = status;
        upload.StatusMessage = message;
        await db.SaveChangesAsync(cancellationToken);
    }
}
