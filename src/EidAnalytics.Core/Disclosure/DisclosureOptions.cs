using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Core.Disclosure;

/// <summary>Settings of statistical disclosure control (section Eid:Disclosure).</summary>
public sealed record DisclosureOptions
{
    public const string Section = "Eid:Disclosure";

    /// <summary>
    /// A count below this (zeros included) is never published outside its organisation, nor any figure derived
    /// from it. 5 follows the ONS convention for workforce tables; 1 would switch primary suppression off.
    /// </summary>
    [Range(1, 1000)]
    public int Threshold { get; init; } = 5;

    public static DisclosureOptions Default { get; } = new();
}
