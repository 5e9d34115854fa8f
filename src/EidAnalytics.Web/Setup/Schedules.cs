using EidAnalytics.Web.Features.Admin;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// Every recurring job of the service, declared in this one place when the service starts. The
/// store keeps recurring jobs across restarts, so one no longer declared here is removed.
/// </summary>
public sealed class Schedules(IRecurringJobManager manager, JobStorage storage, IOptions<ScheduleOptions> options, ILogger<Schedules> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedules = options.Value;
        var declared = new List<string>();
        void Declare<TJob>(string id, string cron, System.Linq.Expressions.Expression<Func<TJob, Task>> run, string setting)
        {
            try
            {
                manager.AddOrUpdate(id, run, cron, new RecurringJobOptions { TimeZone = schedules.Zone() });
            }
            catch (ArgumentException e)
            {
                throw new OptionsValidationException(setting, typeof(ScheduleOptions), [$"{setting} '{cron}' is not a cron expression Hangfire reads: {e.Message}"]);
            }
            declared.Add(id);
        }

        // Every organisation's briefing: by default "0 6 1 * *", at 06:00 on the first day of each month.
        Declare<RenderAllBriefingsJob>("render-all-briefings", schedules.Briefings,
            job => job.RunAsync(null, CancellationToken.None), "Eid:Schedules:Briefings");

        // Every benchmark report's PDF (national, each region, each council type): by default "0 7 1 * *",
        // at 07:00 on the first day of each month, an hour after the briefings.
        Declare<RenderAllBenchmarkReportsJob>("render-all-benchmark-reports", schedules.BenchmarkReports,
            job => job.RunAsync(null, CancellationToken.None), "Eid:Schedules:BenchmarkReports");

        // Retention: dataset versions older than Eid:Retention:MaxAgeDays purged; by default "30 2 * * *",
        // at 02:30 every day, when nobody is uploading.
        Declare<PurgeExpiredDatasetsJob>("purge-expired-datasets", schedules.RetentionPurge,
            job => job.RunAsync(CancellationToken.None), "Eid:Schedules:RetentionPurge");

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(declared))
        {
            manager.RemoveIfExists(stale);
            logger.LogWarning("Recurring job {RecurringJobId} is no longer declared; removed", stale);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
