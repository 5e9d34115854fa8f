using Quartz;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>Runs the ingest of one upload; scheduled by <see cref="IngestionScheduler"/>.</summary>
public sealed class IngestExtractJob(ExtractIngestion ingestion) : IJob
{
    public const string UploadIdKey = "uploadId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var uploadId = Guid.Parse(context.MergedJobDataMap.GetString(UploadIdKey)!);
        await ingestion.IngestAsync(uploadId, cancellationToken);
    }
}
