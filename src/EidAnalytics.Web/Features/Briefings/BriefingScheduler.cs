using Quartz;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Schedules a briefing render on the persistent Quartz store, keyed by its request so a request is rendered once.</summary>
public sealed class BriefingScheduler(ISchedulerFactory schedulerFactory)
{
    internal const string Group = "briefing";

    public async Task EnqueueAsync(string organisationCode, string requestKey, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var key = new JobKey(requestKey, Group);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }
        var job = JobBuilder.Create<RenderBriefingJob>()
            .WithIdentity(key)
            .UsingJobData(RenderBriefingJob.OrganisationCodeKey, organisationCode)
            .UsingJobData(RenderBriefingJob.RequestKeyKey, requestKey)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(requestKey, Group).ForJob(job).StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Requested twice at once: one render is what is wanted.
        }
    }
}
