using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>The scheduled run: queues every benchmark report (national, each region, each type).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RenderAllBenchmarkReportsJob(EidDbContext db, JobRequests jobs)
{
    public async Task RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        var organisations = (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();
        foreach (var scope in ReportScope.All(organisations))
        {
            var subject = RenderDocumentJob.Subject(scope);
            await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.BenchmarkReport, subject, RenderDocumentJob.ScheduledRequestKey(context, subject), cancellationToken);
        }
    }
}
