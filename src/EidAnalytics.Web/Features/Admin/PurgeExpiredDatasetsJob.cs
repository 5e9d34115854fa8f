using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Quartz;

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
[DisallowConcurrentExecution]
public sealed class PurgeExpiredDatasetsJob(OrganisationErasure erasure, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<PurgeExpiredDatasetsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.MaxAgeDays);
        var report = await erasure.PurgeBeforeAsync(cutoff, cancellationToken);
        logger.LogInformation("Retention purge before {Cutoff:yyyy-MM-dd}: {Datasets} dataset versions, {Files} files", cutoff, report.Datasets, report.Files);
    }
}
