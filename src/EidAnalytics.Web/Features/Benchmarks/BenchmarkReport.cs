using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Statistics;
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

/// <summary>A group total over snapshots with its trend marker and trajectory.</summary>
public sealed record GroupSeries(IReadOnlyList<(DateOnly Snapshot, PublishedProportion? Figure)> Points, TrendResult? Trend, TrajectoryResult? Trajectory);

/// <summary>Everything a benchmark report shows, every figure disclosure-controlled.</summary>
public sealed record BenchmarkReportModel(
    ReportScope Scope,
    Comparison WomenShare,
    PublishedProportion? Headline,
    PublishedProportion? National,
    MetricOptions Band,
    GroupSeries Trend,
    IReadOnlyList<(ComparableMetric Metric, PublishedProportion? Figure)> Pipeline,
    IReadOnlyList<(ComparableMetric Metric, PublishedProportion? Figure)> Retention,
    Core.Disclosure.DisclosureOptions Disclosure)
{
    /// <summary>The headline against the baseline band, judged on its 95% interval as the dashboard judges a council.</summary>
    public string BandVerdict => Headline?.Interval() is not { } interval
        ? "[c]"
        : interval.High < Band.BaselineLow ? $"Below the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: even the top of the interval is under {Percent(Band.BaselineLow)}."
        : interval.Low > Band.BaselineHigh ? $"Above the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: even the bottom of the interval is over {Percent(Band.BaselineHigh)}."
        : $"Consistent with the {Percent(Band.BaselineLow)}–{Percent(Band.BaselineHigh)} baseline band: the interval overlaps it.";

    private static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
