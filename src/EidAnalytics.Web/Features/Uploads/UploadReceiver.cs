using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Core.Reporting;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Mapping;
using EidAnalytics.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

public enum ReceiveStatus { Queued, AlreadyQueued, Unchanged, UnknownOrganisation, Empty, TooLarge, UnknownProfile, NeedsMapping, BadFileName }

/// <summary>What happened to a received file; <see cref="UploadId"/> is the upload to follow, when there is one.</summary>
public sealed record ReceiveResult(ReceiveStatus Status, Guid? UploadId, string Message);

/// <summary>
/// Takes a file from the web form, the API or the sample loader: keeps the original, records the
/// upload and queues its ingest. A file identical to one already loaded for the organisation (with
/// the same profile) is a no-op that says so; nothing is stored for it. A file given no profile is
/// read as the standard if its header is the standard's, or with the first of the organisation's
/// profiles (then the built-in ones) that fits its header; otherwise it waits for the mapping wizard.
/// </summary>
public sealed class UploadReceiver(
    EidDbContext db,
    ExtractFileStore store,
    JobRequests jobs,
    ProfileCatalogue profiles,
    IOptions<UploadOptions> options,
    OrganisationScope scope,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<ReceiveResult> ReceiveAsync(UploadRequest request, Stream content, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Code == request.OrganisationCode, cancellationToken);
        // Another organisation's code answers as an unknown one: which organisations exist is no one's business.
        if (organisation is null || !scope.Includes(organisation.Id))
        {
            return new(ReceiveStatus.UnknownOrganisation, null, $"There is no organisation with code '{request.OrganisationCode}' that you can upload for.");
        }

        MappingProfile? profile = null;
        if (!string.IsNullOrWhiteSpace(request.ProfileName))
        {
            profile = await profiles.FindAsync(organisation.Id, request.ProfileName, cancellationToken);
            if (profile is null)
            {
                return new(ReceiveStatus.UnknownProfile, null,
                    $"There is no mapping profile called '{request.ProfileName}' for this organisation, nor a built-in one.");
            }
        }

        // No real file name holds a control character, and the database cannot store a NUL.
        if (request.FileName.Any(char.IsControl))
        {
            return new(ReceiveStatus.BadFileName, null,
                "The file's name contains a control character (such as NUL), which no real file name has. Rename the file and upload it again.");
        }

        StoredFile stored;
        try
        {
            stored = await store.SaveAsync(content, options.Value.MaxBytes, cancellationToken);
        }
        catch (FileTooLargeException tooLarge)
        {
            return new(ReceiveStatus.TooLarge, null, tooLarge.Message);
        }
        try
        {
            return await RecordAsync(request, organisation, profile, stored, cancellationToken);
        }
        catch
        {
            // Until its upload row is committed nothing refers to the stored original: a failure before
            // then (the database, a cancelled request) must not leave it orphaned on disk.
            if (!await RecordedAsync(stored.StoredName))
            {
                store.Delete(stored.StoredName);
            }
            throw;
        }
    }

    private async Task<bool> RecordedAsync(string storedName)
    {
        try
        {
            return await db.Uploads.IgnoreQueryFilters().AsNoTracking().AnyAsync(u => u.StoredName == storedName, CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            // The database cannot say whether an upload refers to the file: keep it rather than risk that.
            return true;
        }
    }

    private async Task<ReceiveResult> RecordAsync(UploadRequest request, Organisation organisation, MappingProfile? profile, StoredFile stored, CancellationToken cancellationToken)
    {
        if (stored.SizeBytes == 0)
        {
            store.Delete(stored.StoredName);
            return new(ReceiveStatus.Empty, null, "The selected file is empty.");
        }

        var earlier = await db.Uploads.AsNoTracking()
            .Where(u => u.OrganisationId == organisation.Id && u.ContentHash == stored.ContentHash
                && (profile == null || u.ProfileName == profile.Name)
                && u.Status != UploadStatus.Failed && u.Status != UploadStatus.Unchanged && u.Status != UploadStatus.NeedsMapping)
            .OrderByDescending(u => u.ReceivedAt)
            .Select(u => new { u.Id, u.Status, u.ReceivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            store.Delete(stored.StoredName);
            return earlier.Status == UploadStatus.Loaded
                ? new(ReceiveStatus.Unchanged, earlier.Id,
                    $"This file is identical to one already loaded on {FigureText.Date(earlier.ReceivedAt)}; nothing has changed.")
                : new(ReceiveStatus.AlreadyQueued, earlier.Id, "This file is already being processed.");
        }

        var recognised = true;
        if (profile is null)
        {
            var (standard, fitting) = await RecognisesAsync(organisation.Id, stored.StoredName, cancellationToken);
            profile = fitting;
            recognised = standard || fitting is not null;
        }

        var upload = new Upload
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = organisation.Id,
            FileName = Path.GetFileName(request.FileName),
            StoredName = stored.StoredName,
            ContentHash = stored.ContentHash,
            SizeBytes = stored.SizeBytes,
            Status = recognised ? UploadStatus.Queued : UploadStatus.NeedsMapping,
            StatusMessage = recognised ? null : "The file's column names are not the standard's; match them to ours to load it.",
            ProfileName = profile?.Name,
            Profile = profile is null ? null : MappingProfileJson.Write(profile),
            SnapshotDate = request.SnapshotDate,
            ExtractKind = request.ExtractKind,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Upload, $"upload {upload.Id}", organisation.Code, cancellationToken: cancellationToken);
        if (!recognised)
        {
            return new(ReceiveStatus.NeedsMapping, upload.Id, upload.StatusMessage!);
        }

        await IngestExtractJob.EnqueueAsync(jobs, upload.Id, cancellationToken);
        return new(ReceiveStatus.Queued, upload.Id, profile is null
            ? "The file has been received and is queued for checking."
            : $"The file has been received and is queued for checking with the mapping profile '{profile.Name}'.");
    }

    /// <summary>
    /// Whether the stored file's header is the standard's and, if not, the first profile that fits it.
    /// A file that cannot be read counts as the standard: checking it reports why in full.
    /// </summary>
    /// <summary>More than one column, each named in text: no profile could map less.</summary>
    private static bool LooksLikeATable(IReadOnlyList<string> header) =>
        header.Count >= 2 && header.All(name => !name.Contains('\uFFFD', StringComparison.Ordinal) && !name.Any(char.IsControl));

    private async Task<(bool Standard, MappingProfile? Fitting)> RecognisesAsync(long organisationId, string storedName, CancellationToken cancellationToken)
    {
        var candidates = await profiles.ListAsync(organisationId, cancellationToken);
        TableSurvey survey;
        await using (var file = store.OpenRead(storedName))
        {
            survey = TableSurvey.Read(file, options.Value.ReadOptions(clock) with { MaxRows = 0 },
                candidates.SelectMany(p => p.SourceHeaders), sampleRows: 0);
        }

        // A file that cannot be read, or whose "header" is not a table's (a picture, a binary file,
        // one long line), goes straight to validation, which says what is wrong: the wizard could not help.
        if (survey.Problem is not null || MappingSuggester.IsStandard(survey.Header) || !LooksLikeATable(survey.Header))
        {
            return (true, null);
        }

        return (false, candidates.FirstOrDefault(p => MappingSuggester.Fits(p, survey.Header)));
    }
}
