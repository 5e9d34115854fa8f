using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>The scheduled run: queues a briefing for every organisation that has data.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RenderAllBriefingsJob(EidDbContext db, JobRequests jobs)
{
    public async Task RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        var codes = await db.Organisations.AsNoTracking()
            .Where(o => db.DatasetVersions.Any(d => d.OrganisationId == o.Id))
            .Select(o => o.Code)
            .ToListAsync(cancellationToken);
        foreach (var code in codes)
        {
            await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.Briefing, code, RenderDocumentJob.ScheduledRequestKey(context, code), cancellationToken);
        }
    }
}
