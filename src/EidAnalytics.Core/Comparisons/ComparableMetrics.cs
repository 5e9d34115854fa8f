using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// A metric that can be compared across organisations: a proportion of whole people, so that its counts can
/// pass disclosure control and it can be drawn on a funnel plot. <see cref="Family"/> names the metrics whose
/// counts are sums of the same underlying cells and so must be protected together.
/// </summary>
/// <remarks><see cref="IsHeadline"/> marks the figures readers come for; disclosure control hides breakdowns first to protect them.</remarks>
public sealed record ComparableMetric(string Id, string Name, string Denominator, string Family, bool IsHeadline = false);

/// <summary>
/// The metrics offered for comparison. Left out: FTE shares and pay quartiles (their numerators are not whole
/// people), rates, ratios and pay gaps (not proportions, and their counts are not all stored), ethnicity and
/// disability figures and promotion rates (they split the same staff another way, and without the joint table
/// their cells could not be protected together with the gender figures).
/// </summary>
public static class ComparableMetrics
{
    public const string Representation = "representation";
    public const string Hiring = "hiring";
    public const string Stability = "stability";

    public static readonly IReadOnlyList<ComparableMetric> All =
    [
        new(MetricIds.WomenShare, "Women's share of staff", "staff with a recorded gender", Representation, IsHeadline: true),
        new(MetricIds.WomenShareLevel1, "Women's share at level 1 (trainee)", "staff at level 1", Representation),
        new(MetricIds.WomenShareLevel2, "Women's share at level 2 (junior)", "staff at level 2", Representation),
        new(MetricIds.WomenShareLevel3, "Women's share at level 3 (practitioner)", "staff at level 3", Representation),
        new(MetricIds.WomenShareLevel4, "Women's share at level 4 (senior)", "staff at level 4", Representation),
        new(MetricIds.WomenShareLevel5, "Women's share at level 5 (lead/principal)", "staff at level 5", Representation),
        new(MetricIds.WomenShareLevel6, "Women's share at level 6 (head/director)", "staff at level 6", Representation),
        new(MetricIds.WomenShareLeadership, "Women's share of leadership (levels 5–6)", "staff at levels 5–6", Representation),
        new(MetricIds.DeclarationRateGender, "Gender recorded", "staff", Representation),
        new(MetricIds.HiringWomenShare, "Women's share of joiners", "joiners with a recorded gender", Hiring, IsHeadline: true),
        new(MetricIds.StabilityIndex, "Stability index", "staff a year before", Stability),
        new(MetricIds.StabilityIndexWomen, "Stability index, women", "women a year before", Stability, IsHeadline: true),
        new(MetricIds.StabilityIndexMen, "Stability index, men", "men a year before", Stability, IsHeadline: true),
    ];

    public static ComparableMetric? Find(string? id) => All.FirstOrDefault(m => m.Id == id);

    public static IEnumerable<ComparableMetric> InFamily(string family) => All.Where(m => m.Family == family);
}
