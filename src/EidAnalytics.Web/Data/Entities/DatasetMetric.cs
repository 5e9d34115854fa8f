namespace EidAnalytics.Web.Data;

/// <summary>One stored figure of a dataset version (the Core <c>MetricValue</c> plus its scope).</summary>
public sealed class DatasetMetric
{
    public long DatasetVersionId { get; set; }
    public required string Scope { get; set; }
    public required string MetricId { get; set; }
    public double? Value { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }
    public double? CiLow { get; set; }
    public double? CiHigh { get; set; }
    public string? Category { get; set; }
    public string? Reason { get; set; }
    public double? Unadjusted { get; set; }
}
