using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Samples;

/// <summary>Sample data loaded at start-up (section Eid:Samples); <c>./eid up</c> points it at data-samples/.</summary>
public sealed class SampleOptions : IValidatableObject
{
    public const string Section = "Eid:Samples";

    /// <summary>A folder holding organisations.csv and extracts/&lt;code&gt;_&lt;snapshot&gt;.csv; unset means load nothing.</summary>
    public string? Directory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Directory is { Length: > 0 } folder && !System.IO.Directory.Exists(Path.Combine(folder, "extracts")))
        {
            yield return new ValidationResult($"{Section}:Directory '{folder}' has no extracts folder: point it at a sample set, such as data-samples/", [nameof(Directory)]);
        }
    }
}
