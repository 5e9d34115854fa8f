using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Uploads;
using Quartz;

namespace EidAnalytics.Web.Setup;

public static class JobsSetup
{
    /// <summary>
    /// Quartz with its persistent job store on the service's PostgreSQL (tables qrtz_*, created by
    /// migration 0001), clustered so that several nodes share the work and recover a dead node's jobs.
    /// </summary>
    public static WebApplicationBuilder AddEidJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var jobs = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceId = jobs.InstanceId);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.UseRegisteredDataSource = true);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = jobs.ClusterCheckinInterval;
                    cluster.CheckinMisfireThreshold = jobs.ClusterCheckinInterval;
                });
                store.ConfigureStore(options => options.TablePrefix = "qrtz_");
            });
            quartz.UseDefaultThreadPool(jobs.Concurrency);
            quartz.AddJobType<IngestExtractJob>();
            quartz.AddJobType<RenderBriefingJob>();
            quartz.AddJobType<RenderBenchmarkReportJob>();
            quartz.AddJobListener<JobRunLogger>();
            Schedules.Declare(quartz, builder.Configuration);
        });
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddQuartz();
        return builder;
    }
}
