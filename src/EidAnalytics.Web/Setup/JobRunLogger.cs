using System.Diagnostics;
using Quartz;

namespace EidAnalytics.Web.Setup;

/// <summary>Logs every job run's start, end and duration under its fire instance id.</summary>
public sealed class JobRunLogger(ILogger<JobRunLogger> logger) : IJobListener
{
    public string Name => nameof(JobRunLogger);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Job {JobKey} run {RunId} started{Recovering}", context.JobDetail.Key, context.FireInstanceId,
            context.Recovering ? " (recovering a run interrupted elsewhere)" : "");
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is null)
        {
            logger.LogInformation("Job {JobKey} run {RunId} finished in {ElapsedMs:F0} ms",
                context.JobDetail.Key, context.FireInstanceId, context.JobRunTime.TotalMilliseconds);
        }
        else
        {
            logger.LogError(jobException, "Job {JobKey} run {RunId} failed after {ElapsedMs:F0} ms",
                context.JobDetail.Key, context.FireInstanceId, context.JobRunTime.TotalMilliseconds);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
