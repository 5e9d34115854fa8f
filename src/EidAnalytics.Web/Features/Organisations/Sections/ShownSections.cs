using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Web.Features.Organisations.Sections;

/// <summary>
/// Which of a scope's sections have figures to show, and their headings: the sections ask here whether to
/// render, and the dashboard's contents list links to the same headings, so the two cannot disagree.
/// </summary>
public static class ShownSections
{
    private static readonly string[] BehindTheFiguresIds =
        [MetricIds.AdjustedLeavingOddsRatio, MetricIds.AdjustedPromotionOddsRatio, MetricIds.AdjustedPayGap, MetricIds.ProjectionHiringShareNeeded];

    public static bool Pay(ScopeMetrics metrics) => metrics.Find(MetricIds.PayMeanGap) is not null || metrics.Find(MetricIds.BonusMeanGap) is not null;

    public static bool BehindTheFigures(ScopeMetrics metrics) => BehindTheFiguresIds.Any(id => metrics.Find(id) is not null);

    public static bool EthnicGroups(ScopeMetrics metrics) => metrics.Find(MetricIds.WomenShareWhite) is not null;

    /// <summary>The scope's sections in reading order, as (heading id, heading text).</summary>
    /// <param name="metrics">The scope's figures.</param>
    /// <param name="id">The scope's id prefix: "it-function" or "organisation".</param>
    public static IReadOnlyList<(string Anchor, string Title)> Contents(ScopeMetrics metrics, string id) =>
    [
        ($"{id}-hiring-heading", "Joiners"),
        ($"{id}-retention-heading", "Leaving and staying"),
        ($"{id}-progression-heading", "Progression"),
        .. Pay(metrics) ? [($"{id}-pay-heading", "Pay")] : Array.Empty<(string, string)>(),
        .. BehindTheFigures(metrics) ? [($"{id}-behind-heading", "What lies behind the figures")] : Array.Empty<(string, string)>(),
        .. EthnicGroups(metrics) ? [($"{id}-ethnicity-heading", "Women within each ethnic group")] : Array.Empty<(string, string)>(),
        ($"{id}-declaration-heading", "Equality data"),
    ];
}
