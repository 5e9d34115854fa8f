using EidAnalytics.Web.Features.Accounts;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Npgsql;

namespace EidAnalytics.Web.Setup;

public static class JobsSetup
{
    /// <summary>The dashboard's address; under /admin, so the admin pages link to it.</summary>
    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// Hangfire on the service's PostgreSQL (schema hangfire, installed by migration 0008 with the
    /// owner's connection: the service itself creates nothing), one job server per node.
    /// </summary>
    public static WebApplicationBuilder AddEidJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var jobs = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();

        // Registered before AddHangfire, which then keeps them: its own defaults are process-wide
        // statics (JobStorage.Current, JobActivator.Current, the global filters), wrong as soon as a
        // process hosts two services, as the tests do.
        services.AddSingleton<JobStorage>(provider => new PostgreSqlStorage(
            new DataSourceConnectionFactory(provider.GetRequiredService<NpgsqlDataSource>()),
            new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = false,
                // A live node keeps extending the invisibility of the job it runs; a dead node's job
                // is visible again after the timeout. (Hangfire's default: fixed at 30 minutes, and a
                // job running longer is handed to a second node while the first still runs it.)
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = jobs.InvisibilityTimeout,
                // LISTEN/NOTIFY: a queued job wakes an idle worker at once instead of at the next poll.
                EnableLongPolling = true,
                QueuePollInterval = jobs.QueuePollInterval,
                // A node that loses the database while holding one of Hangfire's locks (the
                // scheduler's, say) cannot release it; others take it over after this long.
                DistributedLockTimeout = jobs.DistributedLockTimeout,
            }));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobRunLogger>();
        services.AddSingleton<IJobFilterProvider>(provider =>
        {
            var filters = new JobFilterCollection
            {
                new CaptureCultureAttribute(),
                // A job that names no retry policy of its own is retried three times, within a minute.
                new AutomaticRetryAttribute { Attempts = 3, DelaysInSeconds = [5, 15, 30] },
                new StatisticsHistoryAttribute(),
                new ContinuationsSupportAttribute(),
                provider.GetRequiredService<JobRunLogger>(),
            };
            return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
        });
        services.AddHangfire((provider, configuration) =>
        {
            HangfireLogs.Attach(provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<IHostApplicationLifetime>());
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(HangfireLogs.Instance);
        });
        services.AddHangfireServer(server =>
        {
            server.ServerName = jobs.InstanceId;
            server.WorkerCount = jobs.Concurrency;
            server.SchedulePollingInterval = jobs.SchedulePollingInterval;
        });
        services.AddHostedService<Schedules>();
        services.AddSingleton<JobRequests>();
        services.AddHealthChecks().AddCheck<JobsHealthCheck>("jobs");
        return builder;
    }

    /// <summary>
    /// Hangfire's dashboard for administrators. Hangfire checks the admin policy itself, and the access
    /// declaration puts the dashboard in the access tests like every other endpoint. Its links are
    /// relative, so it works unchanged behind a TLS-terminating proxy.
    /// </summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(AccessConventions.PolicyName(Access.Admin), DashboardPath, new DashboardOptions
        {
            AppPath = "/admin",
            DashboardTitle = "EidAnalytics jobs",
            DisplayStorageConnectionString = false,
        }).WithAccess(Access.Admin);
        return app;
    }

    /// <summary>Hangfire's connections come from the service's one data source (its pool, its application name).</summary>
    private sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }
}
