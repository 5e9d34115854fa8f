namespace EidAnalytics.Web.Data;

/// <summary>A rendered benchmark report PDF: national, one region's or one council type's.</summary>
public sealed class BenchmarkReport
{
    public Guid Id { get; set; }
    public required string Scope { get; set; }
    public required string ScopeKey { get; set; }
    public DateOnly SnapshotDate { get; set; }
    public required string RequestKey { get; set; }
    public DateTimeOffset RenderedAt { get; set; }
    public int PageCount { get; set; }
    public required byte[] Pdf { get; set; }
}
