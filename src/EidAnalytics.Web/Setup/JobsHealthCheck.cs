using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Setup;

/// <summary>Healthy when this node's Hangfire server has announced itself to the job store and keeps its heartbeat.</summary>
public sealed class JobsHealthCheck(JobStorage storage, IOptions<JobOptions> options, TimeProvider clock) : IHealthCheck
{
    /// <summary>Hangfire's heartbeat comes every 30 s; a minute without one means the server has stalled.</summary>
    private static readonly TimeSpan HeartbeatLimit = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var name = options.Value.InstanceId;
        var servers = storage.GetMonitoringApi().Servers();
        // Hangfire names a server "<ServerName>:<process>:<random>"; ServerName is lower-cased.
        var own = servers.FirstOrDefault(s => s.Name.StartsWith(name.ToLowerInvariant() + ":", StringComparison.Ordinal));
        return Task.FromResult(own switch
        {
            null => HealthCheckResult.Unhealthy($"Job server {name} has not started."),
            { Heartbeat: { } beat } when clock.GetUtcNow().UtcDateTime - beat > HeartbeatLimit => HealthCheckResult.Unhealthy($"Job server {own.Name} has missed its heartbeat since {beat:O}."),
            _ => HealthCheckResult.Healthy($"Job server {own.Name} runs {own.WorkersCount} workers on queues {string.Join(", ", own.Queues)}."),
        });
    }
}
