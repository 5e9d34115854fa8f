using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>
/// The mapping wizard's work, shared by its three pages (columns, codes, check your answers): it
/// surveys the stored file, suggests a profile, keeps the answers in <c>mapping_drafts</c>,
/// previews the first rows through the draft, and at the end saves the profile for the
/// organisation and queues the file to be read with it. The survey is read again on each page
/// rather than stored: it holds employee references, which never go into the database.
/// </summary>
public sealed class MappingWizard(
    EidDbContext db,
    ExtractFileStore store,
    ProfileCatalogue profiles,
    JobRequests jobs,
    IOptions<UploadOptions> options,
    TimeProvider clock)
{
    /// <summary>Rows the check-your-answers page reads through the draft.</summary>
    public const int PreviewRows = 20;

    /// <summary>
    /// The upload's wizard state, starting it if need be; null when the upload does not exist or is
    /// not waiting for a mapping (or rejected, when its mapping may be corrected).
    /// </summary>
    public async Task<WizardState?> LoadAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        if (upload is null || upload.Status is not (UploadStatus.NeedsMapping or UploadStatus.Failed))
        {
            return null;
        }

        var candidates = await profiles.ListAsync(upload.OrganisationId, cancellationToken);
        TableSurvey survey;
        await using (var file = store.OpenRead(upload.StoredName))
        {
            survey = TableSurvey.Read(file, options.Value.ReadOptions(clock), candidates.SelectMany(p => p.SourceHeaders));
        }

        var draft = await db.MappingDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.UploadId == uploadId, cancellationToken);
        if (draft is not null)
        {
            return new WizardState(upload, survey, MappingProfileJson.Read(draft.Profile));
        }

        var start = upload.Profile is { } used ? MappingProfileJson.Read(used) : BestStart(survey, candidates);
        var suggested = MappingSuggester.Suggest(survey, SuggestedName(start, upload.Organisation!.Code), start);
        db.MappingDrafts.Add(new MappingDraft
        {
            UploadId = uploadId,
            Profile = MappingProfileJson.Write(suggested),
            UpdatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new WizardState(upload, survey, suggested);
    }

    public async Task SaveDraftAsync(Guid uploadId, MappingProfile draft, CancellationToken cancellationToken)
    {
        await db.MappingDrafts.Where(d => d.UploadId == uploadId).ExecuteUpdateAsync(d => d
            .SetProperty(x => x.Profile, MappingProfileJson.Write(draft))
            .SetProperty(x => x.UpdatedAt, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The first <see cref="PreviewRows"/> rows read through the draft: their problems, and how many rows are ready to load.</summary>
    public ParsedExtract Preview(WizardState state)
    {
        using var file = store.OpenRead(state.Upload.StoredName);
        return ExtractParser.Parse(file, options.Value.ReadOptions(clock) with
        {
            PreviewRows = PreviewRows,
            Profile = state.Draft,
            ExpectedOrganisationCode = state.Upload.Organisation!.Code,
            SnapshotDate = state.Upload.SnapshotDate,
        });
    }

    /// <summary>Saves the profile for the organisation and queues the upload to be read with it.</summary>
    public async Task FinishAsync(WizardState state, MappingProfile profile, CancellationToken cancellationToken)
    {
        await profiles.SaveAsync(state.Upload.OrganisationId, profile, cancellationToken);
        await db.UploadProblems.Where(p => p.UploadId == state.Upload.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UploadProblemGroups.Where(p => p.UploadId == state.Upload.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MappingDrafts.Where(d => d.UploadId == state.Upload.Id).ExecuteDeleteAsync(cancellationToken);
        var upload = state.Upload;
        upload.ProfileName = profile.Name;
        upload.Profile = MappingProfileJson.Write(profile);
        upload.Status = UploadStatus.Queued;
        upload.StatusMessage = $"Queued for checking with the mapping profile '{profile.Name}'.";
        upload.ProblemCount = 0;
        upload.FinishedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await IngestExtractJob.EnqueueAsync(jobs, upload.Id, cancellationToken);
    }

    public async Task SetSnapshotDateAsync(WizardState state, DateOnly? date, CancellationToken cancellationToken)
    {
        state.Upload.SnapshotDate = date;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The profile most of whose column names the file has, to start the suggestions from.</summary>
    /// <summary>
    /// The name the wizard offers: the council's own profile's, or for a built-in HR system's profile that name with the
    /// council's code, since a saved profile of the built-in's name would hide the built-in for the council.
    /// </summary>
    public static string SuggestedName(MappingProfile? start, string organisationCode) => start switch
    {
        null => "my-layout",
        _ when BuiltInProfiles.Find(start.Name) is not null => $"{start.Name}-{organisationCode.ToLowerInvariant()}",
        _ => start.Name,
    };

    /// <summary>The loaded dataset version of the same snapshot that loading this file would follow, if any.</summary>
    public async Task<DatasetVersion?> LoadedSnapshotAsync(WizardState state, DateOnly? snapshot, CancellationToken cancellationToken) =>
        snapshot is not { } date ? null : await db.DatasetVersions.AsNoTracking()
            .Where(d => d.OrganisationId == state.Upload.OrganisationId && d.SnapshotDate == date)
            .OrderByDescending(d => d.LoadedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private static MappingProfile? BestStart(TableSurvey survey, IReadOnlyList<MappingProfile> candidates)
    {
        var present = survey.Header.Select(MappingText.Normalise).ToHashSet(StringComparer.Ordinal);
        return candidates
            .Select(p => (Profile: p, Found: p.SourceHeaders.Count(h => present.Contains(MappingText.Normalise(h)))))
            .Where(p => p.Found >= 3)
            .OrderByDescending(p => p.Found)
            .Select(p => p.Profile)
            .FirstOrDefault();
    }
}
