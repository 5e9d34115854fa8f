using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using Hangfire;
using Hangfire.Server;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>The scheduled run: queues every benchmark report (national, each region, each type, each family).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class RenderAllBenchmarkReportsJob(ComparisonData data, JobRequests jobs)
{
    public async Task RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        var organisations = await data.OrganisationsAsync(cancellationToken);
        foreach (var scope in ReportScope.All(organisations, data.Families(organisations)))
        {
            var subject = RenderDocumentJob.Subject(scope);
            await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.BenchmarkReport, subject, RenderDocumentJob.ScheduledRequestKey(context, subject), cancellationToken);
        }
    }
}
