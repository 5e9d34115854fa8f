using System.Globalization;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Reporting;

/// <summary>
/// Plain-English wording of figures, shared by the dashboard and the briefing so both say the
/// same thing. Words stay neutral: a share above or below a band is described, not judged.
/// </summary>
public static class FigureText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A proportion as a percentage with one decimal: 0.1875 → "18.8%".</summary>
    public static string Percent(double proportion) => (proportion * 100).ToString("0.0", English) + "%";

    /// <summary>A whole-number band end as a percentage: 0.12 → "12%".</summary>
    public static string BandEnd(double proportion) => (proportion * 100).ToString("0.#", English) + "%";

    /// <summary>A ratio with one decimal: 1.3572 → "1.4".</summary>
    public static string Ratio(double ratio) => ratio.ToString("0.0", English);

    /// <summary>A count, which may be an FTE sum: 12 → "12", 11.5 → "11.5".</summary>
    public static string Count(double count) => count.ToString("#,0.#", English);

    /// <summary>A date as the UK writes it: "31 March 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"95% CI 11.1%–30.0%" for a proportion's interval, or "" when there is none.</summary>
    public static string Interval(MetricValue metric) =>
        metric is { CiLow: { } low, CiHigh: { } high } ? $"95% CI {Percent(low)}–{Percent(high)}" : "";

    /// <summary>The baseline band as words: "12–16%".</summary>
    public static string Band(MetricOptions options) => $"{BandEnd(options.BaselineLow).TrimEnd('%')}–{BandEnd(options.BaselineHigh)}";

    /// <summary>
    /// What the baseline-band verdict means: below when even the upper end of the interval is under
    /// the band, above when even the lower end is over it, otherwise consistent with it.
    /// </summary>
    public static string BandVerdict(string? category, MetricOptions options) => category switch
    {
        MetricCategories.Below => $"Below the {Band(options)} baseline band: even the top of the interval is under {BandEnd(options.BaselineLow)}.",
        MetricCategories.Above => $"Above the {Band(options)} baseline band: even the bottom of the interval is over {BandEnd(options.BaselineHigh)}.",
        MetricCategories.Within => $"Consistent with the {Band(options)} baseline band: the interval overlaps it.",
        _ => "No comparison with the baseline band is possible.",
    };

    /// <summary>
    /// "Women were 1.4 times as likely as men to leave in the year to 31 March 2025 (95% CI 0.8–2.3):
    /// not a significant difference." A difference is called significant when the interval excludes 1.
    /// </summary>
    public static string RelativeLikelihood(MetricValue metric, string doingWhat, DateOnly snapshotDate)
    {
        if (metric is not { Value: { } ratio })
        {
            return $"The relative likelihood of women and men to {doingWhat} cannot be calculated: {metric.Reason ?? "there are too few people"}.";
        }
        var interval = metric is { CiLow: { } low, CiHigh: { } high } ? $" (95% CI {Ratio(low)}–{Ratio(high)})" : "";
        var significance = metric is { CiLow: { } l, CiHigh: { } h }
            ? (l > 1 || h < 1 ? "a significant difference" : "not a significant difference")
            : "no interval could be calculated";
        return $"Women were {Ratio(ratio)} times as likely as men to {doingWhat} in the year to {Date(snapshotDate)}{interval}: {significance}.";
    }
}
