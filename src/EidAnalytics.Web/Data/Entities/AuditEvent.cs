namespace EidAnalytics.Web.Data;

/// <summary>One entry of the audit log: append-only for the application's database role.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string? OrganisationCode { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? Detail { get; set; }
}
