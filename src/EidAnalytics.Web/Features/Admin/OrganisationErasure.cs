using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Disclosure;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>What an erasure removed.</summary>
public sealed record ErasureReport(int Datasets, int Uploads, int Files);

/// <summary>
/// Erases an organisation's data — every upload and its problems, dataset version, employee row,
/// metric, briefing, mapping profile, API token and account — in one transaction, then its stored files.
/// The organisation stays on the reference list and the audit log keeps its entries, which hold no
/// data. Also purges dataset versions past the retention age.
/// </summary>
public sealed class OrganisationErasure(EidDbContext db, ExtractFileStore store, AuditLog audit, ReleaseRefresh releases, ILogger<OrganisationErasure> logger)
{
    /// <summary>Erases the organisation's data; the audit entry records who asked for it and why.</summary>
    public async Task<ErasureReport?> EraseAsync(string organisationCode, ErasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == organisationCode, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var uploads = db.Uploads.IgnoreQueryFilters().Where(u => u.OrganisationId == organisation.Id);
        var report = await DeleteAsync(uploads, also: async () =>
        {
            await db.OrganisationProfiles.IgnoreQueryFilters().Where(p => p.OrganisationId == organisation.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.OrganisationId == organisation.Id).ExecuteDeleteAsync(cancellationToken);
            // The organisation's accounts hold its staff's names and emails: they go too.
            await db.Users.Where(u => u.OrganisationId == organisation.Id).ExecuteDeleteAsync(cancellationToken);
            // Its own published figures go at once; the groups' totals follow with the next release.
            await db.PublishedFigures.Where(f => !f.IsGroup && f.Area == organisation.Code).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
        await audit.RecordAsync(AuditActions.Erase, $"organisation {organisation.Code}", organisation.Code,
            $"requested by {request.RequestedBy}, because: {request.Reason}; {report.Datasets} datasets, {report.Uploads} uploads, {report.Files} files", cancellationToken);
        return report;
    }

    /// <summary>Removes dataset versions loaded before <paramref name="cutoff"/>, with their uploads and files.</summary>
    public async Task<ErasureReport> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = db.Uploads.IgnoreQueryFilters()
            .Where(u => db.DatasetVersions.IgnoreQueryFilters().Any(d => d.UploadId == u.Id && d.LoadedAt < cutoff));
        var report = await DeleteAsync(expired, also: () => Task.CompletedTask, cancellationToken);
        if (report.Datasets > 0)
        {
            await audit.RecordAsync(AuditActions.Purge, $"dataset versions loaded before {cutoff:yyyy-MM-dd}", detail:
                $"{report.Datasets} datasets, {report.Uploads} uploads, {report.Files} files", cancellationToken: cancellationToken);
        }
        return report;
    }

    private async Task<ErasureReport> DeleteAsync(IQueryable<Upload> uploads, Func<Task> also, CancellationToken cancellationToken)
    {
        int datasets;
        List<string> files;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Fixed before anything is deleted: the purge's own test (a dataset's age) stops holding once it goes.
            var doomed = await uploads.Select(u => new { u.Id, u.StoredName }).ToListAsync(cancellationToken);
            var uploadIds = doomed.Select(u => u.Id).ToList();
            files = doomed.Select(u => u.StoredName).ToList();
            // Uploads point at their dataset and datasets at their upload: unlink, then delete.
            await db.Uploads.IgnoreQueryFilters().Where(u => uploadIds.Contains(u.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.DatasetVersionId, (long?)null), cancellationToken);
            var datasetIds = await db.DatasetVersions.IgnoreQueryFilters().Where(d => uploadIds.Contains(d.UploadId)).Select(d => d.Id).ToListAsync(cancellationToken);
            await db.Briefings.IgnoreQueryFilters().Where(b => datasetIds.Contains(b.DatasetVersionId)).ExecuteDeleteAsync(cancellationToken);
            await db.Employees.IgnoreQueryFilters().Where(e => datasetIds.Contains(e.DatasetVersionId)).ExecuteDeleteAsync(cancellationToken);
            await db.DatasetMetrics.IgnoreQueryFilters().Where(m => datasetIds.Contains(m.DatasetVersionId)).ExecuteDeleteAsync(cancellationToken);
            await db.DatasetFlows.IgnoreQueryFilters().Where(f => datasetIds.Contains(f.DatasetVersionId)).ExecuteDeleteAsync(cancellationToken);
            datasets = await db.DatasetVersions.IgnoreQueryFilters().Where(d => uploadIds.Contains(d.UploadId)).ExecuteDeleteAsync(cancellationToken);
            await db.MappingDrafts.IgnoreQueryFilters().Where(d => uploadIds.Contains(d.UploadId)).ExecuteDeleteAsync(cancellationToken);
            await db.UploadProblemGroups.IgnoreQueryFilters().Where(g => uploadIds.Contains(g.UploadId)).ExecuteDeleteAsync(cancellationToken);
            await db.UploadProblems.IgnoreQueryFilters().Where(p => uploadIds.Contains(p.UploadId)).ExecuteDeleteAsync(cancellationToken);
            await JobRequests.ForgetAsync(db, uploadIds.Select(IngestExtractJob.RequestKey).ToList(), cancellationToken);
            await also();
            await db.Uploads.IgnoreQueryFilters().Where(u => uploadIds.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (datasets > 0)
        {
            await releases.RequestAsync(cancellationToken);
        }
        // Files go after the rows commit: a crash in between leaves files no row names, never rows
        // that name missing files.
        var deleted = 0;
        foreach (var file in files)
        {
            try
            {
                store.Delete(file);
                deleted++;
            }
            catch (IOException e)
            {
                logger.LogError(e, "Could not delete stored file {StoredName}", file);
            }
        }
        return new ErasureReport(datasets, files.Count, deleted);
    }
}
