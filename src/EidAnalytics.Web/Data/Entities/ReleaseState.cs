namespace EidAnalytics.Web.Data;

/// <summary>Which release request the stored release answers, with which settings.</summary>
public sealed class ReleaseState
{
    public int Id { get; set; }
    public long PublishedGeneration { get; set; }
    public required string Settings { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
