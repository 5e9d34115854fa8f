namespace EidAnalytics.Web.Data;

/// <summary>A benchmark value entered by an admin, with its source.</summary>
public sealed class Benchmark
{
    public long Id { get; set; }
    public required string MetricId { get; set; }
    public required string Name { get; set; }
    public double Value { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
