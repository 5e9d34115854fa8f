using EidAnalytics.Web.Features.Admin;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using Quartz;

namespace EidAnalytics.Web.Setup;

/// <summary>Every recurring job of the service, declared in this one place.</summary>
public static class Schedules
{
    public static void Declare(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var briefings = configuration.GetSection(BriefingOptions.Section).Get<BriefingOptions>() ?? new BriefingOptions();

        // Every organisation's briefing, from Eid:Briefings:Schedule; by default "0 0 6 1 * ?",
        // at 06:00 on the first day of each month.
        quartz.ScheduleJob<RenderAllBriefingsJob>(
            trigger => trigger.WithIdentity("render-all-briefings").WithCronSchedule(briefings.Schedule),
            job => job.WithIdentity("render-all-briefings"));

        // Retention: purge dataset versions older than Eid:Retention:MaxAgeDays, at 02:30 every day.
        quartz.ScheduleJob<PurgeExpiredDatasetsJob>(
            trigger => trigger.WithIdentity("purge-expired-datasets").WithCronSchedule("0 30 2 * * ?"),
            job => job.WithIdentity("purge-expired-datasets"));

        var benchmarks = configuration.GetSection(BenchmarkOptions.Section).Get<BenchmarkOptions>() ?? new BenchmarkOptions();

        // Every benchmark report's PDF (national, each region, each council type), from Eid:Benchmarks:Schedule;
        // by default "0 0 7 1 * ?", at 07:00 on the first day of each month, an hour after the briefings.
        quartz.ScheduleJob<RenderAllBenchmarkReportsJob>(
            trigger => trigger.WithIdentity("render-all-benchmark-reports").WithCronSchedule(benchmarks.Schedule),
            job => job.WithIdentity("render-all-benchmark-reports"));
    }
}
