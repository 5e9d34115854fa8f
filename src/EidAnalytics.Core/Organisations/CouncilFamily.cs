using System.Globalization;
using EidAnalytics.Core.Disclosure;

namespace EidAnalytics.Core.Organisations;

/// <summary>A council family: its number, its name from its members' common traits, and its members' codes.</summary>
public sealed record CouncilFamily(int Number, string Traits, IReadOnlyList<string> Codes)
{
    /// <summary>Its group key in a release.</summary>
    public string Key => PublishedRelease.FamilyKey(Number);

    /// <summary>"Family 2: Unitary authorities and others in the South West, IT teams mostly 50–99".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"Family {Number}: {Traits}");
}
