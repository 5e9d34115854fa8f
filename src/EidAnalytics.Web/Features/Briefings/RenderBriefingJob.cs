using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>
/// Renders one organisation's briefing for one request (scheduled, on demand or at start-up).
/// Retried on failure (a browser crash, a database restart): the request key makes it safe.
/// </summary>
[RetryPolicy(4, "00:00:02", 2, MaxDelay = "00:01:00")]
public sealed class RenderBriefingJob(BriefingService briefings) : IJob
{
    public const string OrganisationCodeKey = "organisationCode";
    public const string RequestKeyKey = "requestKey";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        await briefings.RenderAsync(data.GetString(OrganisationCodeKey)!, data.GetString(RequestKeyKey)!, cancellationToken);
    }
}

/// <summary>The scheduled run: queues a briefing for every organisation that has data.</summary>
[DisallowConcurrentExecution]
public sealed class RenderAllBriefingsJob(EidDbContext db, BriefingScheduler queue) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var codes = await db.Organisations.AsNoTracking()
            .Where(o => db.DatasetVersions.Any(d => d.OrganisationId == o.Id))
            .Select(o => o.Code)
            .ToListAsync(cancellationToken);
        // The scheduled fire time names the run, so a misfire re-run or a second node queues nothing new.
        var run = context.ScheduledFireTimeUtc?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var code in codes)
        {
            await queue.EnqueueAsync(code, $"scheduled:{run}:{code}", cancellationToken);
        }
    }
}
