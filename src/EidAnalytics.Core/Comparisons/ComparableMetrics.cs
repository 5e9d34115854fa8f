using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// The metrics offered for comparison. Left out: FTE shares and pay quartiles (their numerators are not whole
/// people), rates, ratios and pay gaps (not proportions of one set of people), ethnicity and disability figures
/// and promotion rates (their cells are not gathered yet; each would be a further table of base cells).
/// </summary>
public static class ComparableMetrics
{
    public const string Representation = "representation";
    public const string Hiring = "hiring";
    public const string Stability = "stability";

    private static readonly Gender[] Recorded = [Gender.Female, Gender.Male, Gender.Other];
    private static readonly Gender[] Everyone = [.. Recorded, Gender.Undisclosed];

    public static readonly IReadOnlyList<ComparableMetric> All =
    [
        new(MetricIds.WomenShare, "Women's share of staff", "staff with a recorded gender", Representation,
            AtEnd([1, 2, 3, 4, 5, 6], [Gender.Female]), AtEnd([1, 2, 3, 4, 5, 6], Recorded), IsHeadline: true),
        Level(1, "trainee"), Level(2, "junior"), Level(3, "practitioner"), Level(4, "senior"), Level(5, "lead/principal"), Level(6, "head/director"),
        new(MetricIds.WomenShareLeadership, "Women's share of leadership (levels 5–6)", "staff at levels 5–6", Representation,
            AtEnd([5, 6], [Gender.Female]), AtEnd([5, 6], Recorded)),
        new(MetricIds.DeclarationRateGender, "Gender recorded", "staff", Representation,
            AtEnd([1, 2, 3, 4, 5, 6], Recorded), AtEnd([1, 2, 3, 4, 5, 6], Everyone)),
        new(MetricIds.HiringWomenShare, "Women's share of joiners", "joiners with a recorded gender", Hiring,
            [DisclosureCells.Joiners(Gender.Female)], [.. Recorded.Select(DisclosureCells.Joiners)], IsHeadline: true),
        new(MetricIds.StabilityIndex, "Stability index", "staff a year before", Stability,
            [.. Everyone.Select(DisclosureCells.Stayed)], [.. Everyone.Select(DisclosureCells.AtStart)]),
        new(MetricIds.StabilityIndexWomen, "Stability index, women", "women a year before", Stability,
            [DisclosureCells.Stayed(Gender.Female)], [DisclosureCells.AtStart(Gender.Female)], IsHeadline: true),
        new(MetricIds.StabilityIndexMen, "Stability index, men", "men a year before", Stability,
            [DisclosureCells.Stayed(Gender.Male)], [DisclosureCells.AtStart(Gender.Male)], IsHeadline: true),
    ];

    public static ComparableMetric? Find(string? id) => All.FirstOrDefault(m => m.Id == id);

    public static IEnumerable<ComparableMetric> InFamily(string family) => All.Where(m => m.Family == family);

    private static ComparableMetric Level(int level, string name) =>
        new(MetricIds.WomenShareByLevel[level - 1], $"Women's share at level {level} ({name})", $"staff at level {level}", Representation,
            AtEnd([level], [Gender.Female]), AtEnd([level], Recorded));

    private static int[] AtEnd(int[] levels, Gender[] genders) =>
        [.. levels.SelectMany(level => genders.Select(gender => DisclosureCells.AtEnd(level, gender)))];
}
