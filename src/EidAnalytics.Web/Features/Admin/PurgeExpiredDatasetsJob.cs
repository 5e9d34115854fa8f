using System.ComponentModel.DataAnnotations;
using EidAnalytics.Web.Setup;
using Hangfire;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>How long loaded data is kept (section Eid:Retention).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Eid:Retention";

    /// <summary>Dataset versions loaded longer ago than this are purged, with their uploads and files.</summary>
    [Range(30, 36_500)]
    public int MaxAgeDays { get; set; } = 7 * 365;
}

/// <summary>The scheduled retention purge; safe to run twice (what is gone stays gone).</summary>
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class PurgeExpiredDatasetsJob(
    OrganisationErasure erasure, JobRequests jobs, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<PurgeExpiredDatasetsJob> logger)
{
    /// <summary>How long a request key stays claimed; Hangfire forgets finished jobs after a day.</summary>
    private static readonly TimeSpan RequestMemory = TimeSpan.FromDays(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.MaxAgeDays);
        var report = await erasure.PurgeBeforeAsync(cutoff, cancellationToken);
        var requests = await jobs.ForgetBeforeAsync(clock.GetUtcNow() - RequestMemory, cancellationToken);
        logger.LogInformation("Retention purge before {Cutoff:yyyy-MM-dd}: {Datasets} dataset versions, {Files} files; {Requests} old job requests forgotten",
            cutoff, report.Datasets, report.Files, requests);
    }
}
