namespace EidAnalytics.Web.Data;

public sealed class DatasetVersion
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid UploadId { get; set; }
    public DateOnly SnapshotDate { get; set; }
    public int Version { get; set; }
    public required byte[] ContentHash { get; set; }
    public int RowCount { get; set; }
    public ExtractKind ExtractKind { get; set; }
    public string? ProfileName { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public List<DatasetMetric> Metrics { get; set; } = [];
}
