namespace EidAnalytics.Web.Data;

/// <summary>An organisation's own mapping profile; <see cref="Document"/> is its JSON (docs/mapping-profiles.md).</summary>
public sealed class OrganisationProfile
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
