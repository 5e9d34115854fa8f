using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Briefings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>
/// Renders a benchmark report as HTML, prints it to a tagged PDF with the briefings' printer and stores it.
/// A request key is rendered at most once: a retried or duplicated job finds the stored report.
/// </summary>
public sealed class BenchmarkReportService(
    EidDbContext db, BenchmarkReportBuilder builder, ComponentHtml html, BriefingPrinter printer, IOptions<BriefingOptions> options, TimeProvider clock)
{
    public async Task<string?> RenderHtmlAsync(ReportScope scope, CancellationToken cancellationToken) =>
        await builder.BuildAsync(scope, cancellationToken) is { } model
            ? await html.RenderAsync<BenchmarkReportDocument>(new Dictionary<string, object?> { [nameof(BenchmarkReportDocument.Model)] = model })
            : null;

    public async Task<Guid?> RenderAsync(ReportScope scope, string requestKey, CancellationToken cancellationToken)
    {
        if (await db.BenchmarkReports.Where(r => r.RequestKey == requestKey).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }
        var model = await builder.BuildAsync(scope, cancellationToken);
        if (model is null)
        {
            return null;
        }
        var document = await html.RenderAsync<BenchmarkReportDocument>(new Dictionary<string, object?> { [nameof(BenchmarkReportDocument.Model)] = model });
        var pdf = await printer.PrintAsync(document, cancellationToken);
        var report = new BenchmarkReport
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Scope = scope.Scope,
            ScopeKey = scope.Key,
            SnapshotDate = model.WomenShare.Snapshot,
            RequestKey = requestKey,
            RenderedAt = clock.GetUtcNow(),
            PageCount = pdf.PageCount,
            Pdf = pdf.Bytes,
        };
        db.BenchmarkReports.Add(report);
        var stored = await db.SaveOrTakeStoredAsync(report.Id, db.BenchmarkReports.Where(r => r.RequestKey == requestKey).Select(r => r.Id), cancellationToken);
        options.Value.Export(FileName(scope.Scope, scope.Key, report.SnapshotDate), pdf.Bytes);
        return stored;
    }

    public static string FileName(string scope, string key, DateOnly snapshot) => $"benchmark-{scope}-{key}-{snapshot:yyyy-MM-dd}.pdf";
}

/// <summary>Renders one benchmark report's PDF for one request (on demand or from the schedule).</summary>
public sealed class RenderBenchmarkReportJob(BenchmarkReportService reports) : IJob
{
    public const string ScopeKey = "scope";
    public const string KeyKey = "key";
    public const string RequestKeyKey = "requestKey";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        if (ReportScope.Find(data.GetString(ScopeKey)!, data.GetString(KeyKey)!) is { } scope)
        {
            await reports.RenderAsync(scope, data.GetString(RequestKeyKey)!, cancellationToken);
        }
    }
}

/// <summary>The scheduled run: queues every benchmark report (national, each region, each type).</summary>
[DisallowConcurrentExecution]
public sealed class RenderAllBenchmarkReportsJob(EidDbContext db) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var organisations = (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();
        // The scheduled fire time names the run, so a misfire re-run or a second node queues nothing new.
        var run = context.ScheduledFireTimeUtc?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var scope in ReportScope.All(organisations))
        {
            await EnqueueAsync(context.Scheduler, scope, $"scheduled:{run}:{scope.Scope}:{scope.Key}", cancellationToken);
        }
    }

    /// <summary>Queues one report on the persistent store; a request already queued is left as it is.</summary>
    public static async Task EnqueueAsync(IScheduler scheduler, ReportScope scope, string requestKey, CancellationToken cancellationToken)
    {
        var key = new JobKey(requestKey, "benchmark-report");
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }
        var job = JobBuilder.Create<RenderBenchmarkReportJob>().WithIdentity(key)
            .UsingJobData(RenderBenchmarkReportJob.ScopeKey, scope.Scope)
            .UsingJobData(RenderBenchmarkReportJob.KeyKey, scope.Key)
            .UsingJobData(RenderBenchmarkReportJob.RequestKeyKey, requestKey)
            .RequestRecovery()
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().WithIdentity(requestKey, "benchmark-report").StartNow().Build(), cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Requested twice at once: one render is what is wanted.
        }
    }
}
