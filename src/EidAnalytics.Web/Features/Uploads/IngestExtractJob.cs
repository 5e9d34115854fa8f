using Quartz;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Runs the ingest of one upload; scheduled by <see cref="IngestionScheduler"/>. A failure (the
/// database restarting, say) is retried with growing waits: ingest is safe to repeat. When the
/// last retry fails too, the upload is marked failed so the user is not left waiting.
/// </summary>
[RetryPolicy(MaxRetries, "00:00:02", 2, MaxDelay = "00:01:00")]
public sealed class IngestExtractJob(ExtractIngestion ingestion) : IJob
{
    public const string UploadIdKey = "uploadId";
    private const int MaxRetries = 6;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var uploadId = Guid.Parse(context.MergedJobDataMap.GetString(UploadIdKey)!);
        try
        {
            await ingestion.IngestAsync(uploadId, cancellationToken);
        }
        catch (Exception) when (context.RetryAttempt >= MaxRetries && !cancellationToken.IsCancellationRequested)
        {
            await ingestion.GiveUpAsync(uploadId, CancellationToken.None);
            throw;
        }
    }
}
