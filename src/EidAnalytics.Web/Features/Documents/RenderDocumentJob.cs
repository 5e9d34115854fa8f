using System.Globalization;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Setup;
using Hangfire;
using Hangfire.Server;

namespace EidAnalytics.Web.Features.Documents;

/// <summary>
/// Prints one document for one request (scheduled, on demand or at start-up) through the
/// <see cref="DocumentPipeline"/>. Retried on failure (a browser crash, a database restart): the
/// request key makes that safe.
/// </summary>
[AutomaticRetry(Attempts = 4, DelaysInSeconds = [2, 4, 8, 16])]
public sealed class RenderDocumentJob(BriefingService briefings, BenchmarkReportService reports, ComparisonData data)
{
    /// <summary>Queues the document's render unless this request is already queued.</summary>
    public static Task<string> EnqueueAsync(JobRequests jobs, DocumentKind kind, string subject, string requestKey, CancellationToken cancellationToken) =>
        jobs.EnqueueOnceAsync<RenderDocumentJob>(requestKey, job => job.RunAsync(kind, subject, requestKey, CancellationToken.None), cancellationToken);

    public static string Subject(ReportScope scope) => $"{scope.Scope}/{scope.Key}";

    /// <summary>
    /// The request key of one document of a recurring run: the run's own job id names it, so a retry
    /// of the run queues nothing new and the next month's run queues everything again.
    /// </summary>
    public static string ScheduledRequestKey(PerformContext? run, string subject) =>
        $"scheduled:{run?.BackgroundJob.Id ?? Guid.NewGuid().ToString("N")}:{subject}";

    [JobDisplayName("Print {0} {1}")]
    public async Task RunAsync(DocumentKind kind, string subject, string requestKey, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            // An organisation's code, for its latest dataset, or code/dataset id for another snapshot's.
            case DocumentKind.Briefing when subject.Split('/') is [var code, var dataset] && long.TryParse(dataset, CultureInfo.InvariantCulture, out var id):
                await briefings.RenderAsync(code, id, requestKey, cancellationToken);
                break;
            case DocumentKind.Briefing:
                await briefings.RenderAsync(subject, null, requestKey, cancellationToken);
                break;
            case DocumentKind.BenchmarkReport when subject.Split('/') is [var scope, var key]
                && ReportScope.Find(scope, key, await data.FamiliesAsync(cancellationToken)) is { } found:
                await reports.RenderAsync(found, requestKey, cancellationToken);
                break;
            default:
                throw new ArgumentException($"No {kind} is called {subject}.", nameof(subject));
        }
    }
}
