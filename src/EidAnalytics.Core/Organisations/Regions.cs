namespace EidAnalytics.Core.Organisations;

/// <summary>The English regions and the other UK nations, spelt as ONS spells them.</summary>
public static class Regions
{
    public const string NorthEast = "North East";
    public const string NorthWest = "North West";
    public const string Yorkshire = "Yorkshire and The Humber";
    public const string EastMidlands = "East Midlands";
    public const string WestMidlands = "West Midlands";
    public const string EastOfEngland = "East of England";
    public const string London = "London";
    public const string SouthEast = "South East";
    public const string SouthWest = "South West";
    public const string Wales = "Wales";
    public const string Scotland = "Scotland";
    public const string NorthernIreland = "Northern Ireland";

    public static readonly IReadOnlyList<string> All =
    [
        NorthEast, NorthWest, Yorkshire, EastMidlands, WestMidlands,
        EastOfEngland, London, SouthEast, SouthWest, Wales, Scotland, NorthernIreland,
    ];

    /// <summary>The canonical spelling of a region or nation, ignoring case; null when it is not one.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The region in a web address: "Yorkshire and The Humber" → "yorkshire-and-the-humber".</summary>
    public static string Slug(string region) => region.ToLowerInvariant().Replace(' ', '-');

    public static string? FromSlug(string slug) => All.FirstOrDefault(r => Slug(r) == slug);
}
