namespace EidAnalytics.Core.Organisations;

/// <summary>The kinds of organisation the reference list knows, as stored (snake_case) and as read.</summary>
public static class OrganisationTypes
{
    public const string District = "district";
    public const string Unitary = "unitary";
    public const string County = "county";
    public const string MetropolitanDistrict = "metropolitan_district";
    public const string LondonBorough = "london_borough";
    public const string WelshUnitary = "welsh_unitary";
    public const string ScottishCouncil = "scottish_council";
    public const string OtherPublicBody = "other_public_body";

    /// <summary>Every type with its name in words, one and many, in the order pages list them.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Plural)> All =
    [
        (District, "District council", "District councils"),
        (Unitary, "Unitary authority", "Unitary authorities"),
        (County, "County council", "County councils"),
        (MetropolitanDistrict, "Metropolitan district", "Metropolitan districts"),
        (LondonBorough, "London borough", "London boroughs"),
        (WelshUnitary, "Welsh unitary authority", "Welsh unitary authorities"),
        (ScottishCouncil, "Scottish council", "Scottish councils"),
        (OtherPublicBody, "Other public body", "Other public bodies"),
    ];

    public static bool IsKnown(string type) => All.Any(t => t.Code == type);

    /// <summary>The type in words; an unknown code is shown as it is.</summary>
    public static string Name(string type) => All.FirstOrDefault(t => t.Code == type).Name ?? type;

    /// <summary>The type in words, plural: "Unitary authorities".</summary>
    public static string Plural(string type) => All.FirstOrDefault(t => t.Code == type).Plural ?? type;
}
