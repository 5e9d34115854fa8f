using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Features.Comparisons;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Which benchmark report: the nation ("national/all"), one region (by slug), one council type (by code) or one council family (by number).</summary>
public sealed record ReportScope(string Scope, string Key, string Name, string Set, string GroupKey)
{
    public const string National = "national";
    public const string Region = "region";
    public const string Type = "type";
    public const string Family = "family";

    public string Path => $"/benchmarks/{Scope}/{Key}";

    public static ReportScope? Find(string scope, string key, IReadOnlyList<CouncilFamily> families) => scope switch
    {
        Family when families.FirstOrDefault(f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == key) is { } family =>
            new(Family, key, family.Name, family.Key, family.Key),
        National when key == "all" => new(National, "all", "All organisations", "all", ComparisonData.National),
        Region when Regions.FromSlug(key) is { } region => new(Region, key, region, $"region:{region}", ComparisonData.RegionKey(region)),
        Type when OrganisationTypes.IsKnown(key) => new(Type, key, OrganisationTypes.Plural(key), $"type:{key}", ComparisonData.TypeKey(key)),
        _ => null,
    };

    /// <summary>Every report the organisations on the list call for: a family's when one of them is in it.</summary>
    public static IReadOnlyList<ReportScope> All(IReadOnlyList<OrganisationEntry> organisations, IReadOnlyList<CouncilFamily> families) =>
    [
        Find(National, "all", families)!,
        .. Regions.All.Where(r => organisations.Any(o => o.Region == r)).Select(r => Find(Region, Regions.Slug(r), families)!),
        .. OrganisationTypes.All.Where(t => organisations.Any(o => o.Type == t.Code)).Select(t => Find(Type, t.Code, families)!),
        .. families.Where(f => organisations.Any(o => f.Codes.Contains(o.Code)))
            .Select(f => Find(Family, f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), families)!),
    ];
}
