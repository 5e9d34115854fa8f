using Quartz;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>Schedules the ingest job for an upload on the persistent Quartz store.</summary>
public sealed class IngestionScheduler(ISchedulerFactory schedulerFactory)
{
    internal const string Group = "ingest";

    public static JobKey JobKeyFor(Guid uploadId) => new($"ingest-{uploadId:N}", Group);

    /// <summary>Schedules the upload's ingest unless it is already scheduled or running; safe to call twice.</summary>
    public async Task EnqueueAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var key = JobKeyFor(uploadId);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }
        // Recovery is requested so that, if the node running it dies, another node runs it again.
        var job = JobBuilder.Create<IngestExtractJob>()
            .WithIdentity(key)
            .UsingJobData(IngestExtractJob.UploadIdKey, uploadId.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(key.Name, Group).ForJob(job).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another request scheduled it between the check and here: that is the outcome wanted.
        }
    }
}
