namespace EidAnalytics.Web.Data;

public sealed class UploadProblem
{
    public Guid UploadId { get; set; }
    public int Ordinal { get; set; }
    public int RowNumber { get; set; }
    public required string ColumnName { get; set; }
    public required string Value { get; set; }
    public required string Reason { get; set; }
    public required string Kind { get; set; }
}
