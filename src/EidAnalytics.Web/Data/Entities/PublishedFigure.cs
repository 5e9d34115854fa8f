namespace EidAnalytics.Web.Data;

/// <summary>One figure of the stored release: an organisation's or a group's, published (perturbed).</summary>
public sealed class PublishedFigure
{
    public DateOnly SnapshotDate { get; set; }
    public bool IsGroup { get; set; }
    public required string Area { get; set; }
    public required string MetricId { get; set; }
    public DateOnly? DatasetSnapshotDate { get; set; }
    public long? Count { get; set; }
    public long Denominator { get; set; }
    public bool ShareWithheld { get; set; }
    public string? Reason { get; set; }
}
