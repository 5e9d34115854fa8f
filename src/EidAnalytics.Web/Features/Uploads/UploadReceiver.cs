using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

public enum ReceiveStatus { Queued, AlreadyQueued, Unchanged, UnknownOrganisation, Empty, TooLarge }

/// <summary>What happened to a received file; <see cref="UploadId"/> is the upload to follow, when there is one.</summary>
public sealed record ReceiveResult(ReceiveStatus Status, Guid? UploadId, string Message);

/// <summary>
/// Takes a file from the web form, the API or the sample loader: keeps the original, records the
/// upload and queues its ingest. A file identical to one already loaded for the organisation is a
/// no-op that says so; nothing is stored for it.
/// </summary>
public sealed class UploadReceiver(
    EidDbContext db,
    ExtractFileStore store,
    IngestionScheduler queue,
    IOptions<UploadOptions> options,
    TimeProvider clock)
{
    public async Task<ReceiveResult> ReceiveAsync(string organisationCode, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Code == organisationCode, cancellationToken);
        if (organisation is null)
        {
            return new(ReceiveStatus.UnknownOrganisation, null, $"There is no organisation with code '{organisationCode}'.");
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
        if (stored.SizeBytes == 0)
        {
            store.Delete(stored.StoredName);
            return new(ReceiveStatus.Empty, null, "The selected file is empty.");
        }

        var earlier = await db.Uploads.AsNoTracking()
            .Where(u => u.OrganisationId == organisation.Id && u.ContentHash == stored.ContentHash
                && u.Status != UploadStatus.Failed && u.Status != UploadStatus.Unchanged)
            .OrderByDescending(u => u.ReceivedAt)
            .Select(u => new { u.Id, u.Status, u.ReceivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            store.Delete(stored.StoredName);
            return earlier.Status == UploadStatus.Loaded
                ? new(ReceiveStatus.Unchanged, earlier.Id,
                    $"This file is identical to one already loaded on {earlier.ReceivedAt:d MMMM yyyy}; nothing has changed.")
                : new(ReceiveStatus.AlreadyQueued, earlier.Id, "This file is already being processed.");
        }

        var upload = new Upload
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = organisation.Id,
            FileName = Path.GetFileName(fileName),
            StoredName = stored.StoredName,
            ContentHash = stored.ContentHash,
            SizeBytes = stored.SizeBytes,
            Status = UploadStatus.Queued,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(upload.Id, cancellationToken);
        return new(ReceiveStatus.Queued, upload.Id, "The file has been received and is queued for checking.");
    }
}
