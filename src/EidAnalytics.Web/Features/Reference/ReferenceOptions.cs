namespace EidAnalytics.Web.Features.Reference;

/// <summary>The organisation reference list loaded at start-up (section Eid:Reference).</summary>
public sealed class ReferenceOptions
{
    public const string Section = "Eid:Reference";

    /// <summary>A CSV in the format of docs/reference-data.md; unset means the list is kept by admins alone.</summary>
    public string? OrganisationsFile { get; set; }
}
