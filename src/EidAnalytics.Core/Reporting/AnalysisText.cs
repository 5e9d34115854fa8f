using System.Globalization;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Reporting;

/// <summary>
/// Plain-English wording of the figures behind the figures (the <c>adjusted.*</c> and <c>projection.*</c> ids),
/// shared by the dashboard and the briefing. The adjusted figures describe an association within groups of
/// similar people, never its cause; the projection says where the current rates lead, not what will happen.
/// </summary>
public static class AnalysisText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Below this raw gap (in percent) no share of it is said to be accounted for: the share of almost nothing is noise.</summary>
    public const double SmallestGapExplained = 0.5;

    /// <summary>What the adjustment means and does not mean, said once above the adjusted figures.</summary>
    public const string Meaning =
        "These figures compare women and men who are alike in level, length of service and, where the extract records it, "
        + "working pattern. They show whether a difference remains among similar people; they do not show why. A difference "
        + "that disappears after adjustment is not thereby explained away: who reaches which level is itself part of the picture.";

    /// <summary>
    /// "Among people at the same level, with similar service and the same working pattern, women's odds of leaving were
    /// 1.32 times men's (95% CI 0.85–2.05): the interval includes 1, so this could be chance. Before adjustment: 1.50."
    /// </summary>
    /// <param name="metric">An adjusted odds ratio, <see cref="MetricValue.Unadjusted"/> the crude one.</param>
    /// <param name="what">The outcome as a noun phrase: "leaving", "being promoted".</param>
    public static string OddsRatio(MetricValue metric, string what)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var before = metric.Unadjusted is { } crude
            ? $" Before adjustment, women's odds of {what} were {FigureText.Ratio(crude, 2)} times men's."
            : "";
        if (metric.Value is not { } ratio)
        {
            return FigureText.CannotBeCalculated($"The adjusted odds ratio of {what}", metric) + before;
        }
        var interval = metric is { CiLow: { } low, CiHigh: { } high }
            ? $" (95% CI {FigureText.Ratio(low, 2)}–{FigureText.Ratio(high, 2)})" + (low <= 1 && high >= 1
                ? ": the interval includes 1, so the data are consistent with no difference"
                : ": the interval excludes 1")
            : "";
        return $"Among people alike in level, service and working pattern, women's odds of {what} were {FigureText.Ratio(ratio, 2)} times men's{interval}.{before}";
    }

    /// <summary>
    /// The share of the raw gap that level, service and working pattern account for, on the log scale the model
    /// works on: 1 − ln(1 − adjusted/100) / ln(1 − raw/100). Null when the raw gap is under
    /// <see cref="SmallestGapExplained"/>% or either gap is missing. Above 1 when the gap within groups is the
    /// other way round; below 0 when it is larger than the raw gap.
    /// </summary>
    public static double? ShareAccountedFor(MetricValue adjustedGap)
    {
        ArgumentNullException.ThrowIfNull(adjustedGap);
        if (adjustedGap is not { Value: { } adjusted, Unadjusted: { } raw } || raw < SmallestGapExplained)
        {
            return null;
        }
        return 1 - Math.Log(1 - adjusted / 100) / Math.Log(1 - raw / 100);
    }

    /// <summary>
    /// "Within the same level, service and working pattern, women are paid 3.6% less than men (95% CI 1.0% to 6.1%).
    /// Before adjustment the gap in geometric mean hourly pay is 7.6%; where women and men work accounts for about
    /// 53% of it."
    /// </summary>
    public static string PayGap(MetricValue adjustedGap)
    {
        ArgumentNullException.ThrowIfNull(adjustedGap);
        var raw = adjustedGap.Unadjusted is { } unadjusted
            ? $" Before adjustment, the gap in geometric mean hourly pay is {FigureText.Gap(unadjusted)}."
            : "";
        if (adjustedGap.Value is not { } gap)
        {
            return FigureText.CannotBeCalculated("The adjusted pay gap", adjustedGap) + raw;
        }
        var interval = adjustedGap is { CiLow: { } low, CiHigh: { } high }
            ? $" (95% CI {FigureText.Gap(low)} to {FigureText.Gap(high)})" + (low <= 0 && high >= 0 ? "; the interval includes no gap" : "")
            : "";
        var rounded = Math.Round(gap, 1, MidpointRounding.AwayFromZero);
        var size = Math.Abs(rounded).ToString("0.0", English) + "%";
        var within = rounded switch
        {
            > 0 => $"women are paid {size} less than men",
            < 0 => $"women are paid {size} more than men",
            _ => "women and men are paid the same to the nearest 0.1%",
        };
        var accounted = ShareAccountedFor(adjustedGap) switch
        {
            null => "",
            >= 1 => " Differences in level, service and working pattern account for all of it.",
            <= 0 => " Differences in level, service and working pattern account for none of it: the gap is as large among similar people.",
            var share => $" Differences in level, service and working pattern account for about {Math.Round(share.Value * 100, MidpointRounding.AwayFromZero).ToString("0", English)}% of it; the rest is among similar people.",
        };
        return $"Within the same level, service and working pattern, {within}{interval}.{raw}{accounted}";
    }

    /// <summary>
    /// "At current rates, women's share of the IT function would be 19.6% (95% CI 12.6%–26.4%) in 2026."
    /// </summary>
    /// <param name="share">The projected share at <paramref name="year"/>.</param>
    /// <param name="who">"the IT function".</param>
    /// <param name="year">The calendar year the projection reaches.</param>
    public static string Projection(MetricValue share, string who, int year)
    {
        ArgumentNullException.ThrowIfNull(share);
        var when = year.ToString(English);
        if (share.Value is not { } value)
        {
            return FigureText.CannotBeCalculated($"Women's projected share of {who} in {when}", share);
        }
        var interval = FigureText.Interval(share) is { Length: > 0 } text ? $" ({text})" : "";
        return $"At current rates, women's share of {who} would be {FigureText.Percent(value)}{interval} in {when}.";
    }

    /// <summary>
    /// "To reach 30% by 2026, 65% of hires would need to be women." — or that it cannot be reached by hiring alone,
    /// or is reached whoever is hired.
    /// </summary>
    /// <param name="needed">The women's share of hires needed; null when even all-women hiring falls short.</param>
    /// <param name="target">The women's share of staff to reach, a fraction.</param>
    /// <param name="year">The calendar year to reach it by.</param>
    public static string HiringNeeded(double? needed, double target, int year)
    {
        var goal = $"{FigureText.BandEnd(target)} by {year.ToString(English)}";
        return needed switch
        {
            null => $"A women's share of {goal} cannot be reached by hiring alone: even if every hire were a woman, too few posts fall vacant at the current leaving and promotion rates.",
            <= 0 => $"A women's share of {goal} would be reached at the current leaving and promotion rates whoever is hired.",
            { } share => $"To reach a women's share of {goal}, {Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", English)}% of hires would need to be women, at every level.",
        };
    }
}
