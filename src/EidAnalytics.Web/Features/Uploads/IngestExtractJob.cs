using EidAnalytics.Web.Setup;
using Hangfire;
using Hangfire.Server;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Runs the ingest of one upload. A file's own problems are not failures: ingest records them on
/// the upload and returns. An exception is a fault on our side (the database restarting, say) and
/// is retried with growing waits: ingest is safe to repeat. When the last retry fails too, the
/// upload is marked failed, with the job's id, so the user is not left waiting.
/// </summary>
[AutomaticRetry(Attempts = MaxRetries, DelaysInSeconds = [2, 4, 8, 16, 32, 60], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class IngestExtractJob(ExtractIngestion ingestion)
{
    private const int MaxRetries = 6;

    /// <summary>Queues the upload's ingest unless it is already queued; safe to call twice.</summary>
    public static Task<string> EnqueueAsync(JobRequests jobs, Guid uploadId, CancellationToken cancellationToken) =>
        jobs.EnqueueOnceAsync<IngestExtractJob>(RequestKey(uploadId), job => job.RunAsync(uploadId, null, CancellationToken.None), cancellationToken);

    public static string RequestKey(Guid uploadId) => $"ingest:{uploadId:N}";

    [JobDisplayName("Ingest upload {0}")]
    public async Task RunAsync(Guid uploadId, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await ingestion.IngestAsync(uploadId, cancellationToken);
        }
        catch (Exception) when (context is not null && context.GetJobParameter<int>("RetryCount") >= MaxRetries && !cancellationToken.IsCancellationRequested)
        {
            await ingestion.GiveUpAsync(uploadId, context.BackgroundJob.Id, CancellationToken.None);
            throw;
        }
    }
}
