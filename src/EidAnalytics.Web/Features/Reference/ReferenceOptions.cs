using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Reference;

/// <summary>The organisation reference list loaded at start-up (section Eid:Reference).</summary>
public sealed class ReferenceOptions : IValidatableObject
{
    public const string Section = "Eid:Reference";

    /// <summary>A CSV in the format of docs/reference-data.md; unset means the list is kept by admins alone.</summary>
    public string? OrganisationsFile { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OrganisationsFile is { Length: > 0 } file && !File.Exists(file))
        {
            yield return new ValidationResult($"{Section}:OrganisationsFile '{file}' does not exist", [nameof(OrganisationsFile)]);
        }
    }
}
