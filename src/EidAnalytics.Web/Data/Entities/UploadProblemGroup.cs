namespace EidAnalytics.Web.Data;

/// <summary>Problems of one sort in a rejected upload, counted in full (Core's <c>ProblemGroup</c>).</summary>
public sealed class UploadProblemGroup
{
    public Guid UploadId { get; set; }
    public int Ordinal { get; set; }
    public required string Kind { get; set; }
    public required string ColumnName { get; set; }
    public required string Value { get; set; }
    public int Count { get; set; }
    public required int[] SampleRows { get; set; }
    public required string Summary { get; set; }
}
