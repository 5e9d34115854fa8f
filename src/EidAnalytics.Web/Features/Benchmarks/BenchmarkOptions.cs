using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Benchmark reports (section Eid:Benchmarks).</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Eid:Benchmarks";

    /// <summary>Quartz cron for every benchmark report's PDF; the default is 07:00 on the 1st of each month, after the briefings.</summary>
    [Required]
    public string Schedule { get; set; } = "0 0 7 1 * ?";
}
