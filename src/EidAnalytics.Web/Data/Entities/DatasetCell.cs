namespace EidAnalytics.Web.Data;

/// <summary>A dataset version's base cells for disclosure control (Core's <c>DisclosureCells</c>), stored at ingest.</summary>
public sealed class DatasetCell
{
    public long DatasetVersionId { get; set; }
    public required int[] Counts { get; set; }
    public required short[] Keys { get; set; }
}
