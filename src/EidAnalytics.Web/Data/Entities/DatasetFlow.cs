namespace EidAnalytics.Web.Data;

/// <summary>A scope's flows by level (Core's <c>LevelFlow</c>, ten counts per level), the projection's input, stored at ingest.</summary>
public sealed class DatasetFlow
{
    public long DatasetVersionId { get; set; }
    public required string Scope { get; set; }
    public required int[] Counts { get; set; }
}
