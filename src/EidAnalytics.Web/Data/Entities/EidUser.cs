namespace EidAnalytics.Web.Data;

/// <summary>A person who signs in. Uploader and viewer accounts belong to one organisation.</summary>
public sealed class EidUser : Microsoft.AspNetCore.Identity.IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public long? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
