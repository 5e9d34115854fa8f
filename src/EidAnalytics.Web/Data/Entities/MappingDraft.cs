namespace EidAnalytics.Web.Data;

/// <summary>The mapping wizard's answers so far for an upload: the draft profile, as JSON.</summary>
public sealed class MappingDraft
{
    public Guid UploadId { get; set; }
    public required string Profile { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
