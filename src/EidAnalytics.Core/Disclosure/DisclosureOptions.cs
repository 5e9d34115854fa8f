using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Core.Disclosure;

/// <summary>Settings of statistical disclosure control (section Eid:Disclosure).</summary>
public sealed record DisclosureOptions : IValidatableObject
{
    public const string Section = "Eid:Disclosure";

    public const string CellKey = "cell-key";
    public const string Rounding = "base-5-rounding";

    /// <summary>
    /// No count from 1 to this − 1 is ever published outside its organisation: such a cell becomes 0 or at least
    /// this. 5 follows the ONS convention for workforce tables.
    /// </summary>
    [Range(1, 100)]
    public int Threshold { get; init; } = 5;

    /// <summary>A share (and its numerator) is not shown where its published denominator is below this.</summary>
    [Range(1, 1000)]
    public int MinShareDenominator { get; init; } = 20;

    /// <summary><see cref="CellKey"/> (the default) or <see cref="Rounding"/>.</summary>
    [AllowedValues(CellKey, Rounding)]
    public string Method { get; init; } = CellKey;

    public static DisclosureOptions Default { get; } = new();

    /// <summary>A share's denominator below the threshold would publish a small count beside it, so the minimum is at least the threshold.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinShareDenominator < Threshold)
        {
            yield return new ValidationResult(
                $"{Section}:MinShareDenominator ({MinShareDenominator}) is below {Section}:Threshold ({Threshold}): a share would be published over a count the threshold hides",
                [nameof(MinShareDenominator)]);
        }
    }
}
