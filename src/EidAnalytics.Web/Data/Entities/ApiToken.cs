namespace EidAnalytics.Web.Data;

/// <summary>A token a council system uploads with; only its SHA-256 is kept.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public required byte[] TokenHash { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
