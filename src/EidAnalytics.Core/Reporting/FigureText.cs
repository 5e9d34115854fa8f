using System.Globalization;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Reporting;

/// <summary>
/// Plain-English wording of figures, shared by the dashboard and the briefing so both say the
/// same thing. Words stay neutral: a share above or below a band, a gap or a ratio is described,
/// not judged. A figure that cannot be calculated is named and followed by its reason.
/// </summary>
public static class FigureText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A proportion as a percentage with one decimal: 0.1875 → "18.8%".</summary>
    public static string Percent(double proportion) => (proportion * 100).ToString("0.0", English) + "%";

    /// <summary>A whole-number band end as a percentage: 0.12 → "12%".</summary>
    public static string BandEnd(double proportion) => (proportion * 100).ToString("0.#", English) + "%";

    /// <summary>A ratio with one decimal, as sentences round it: 1.3572 → "1.4"; two decimals, as charts and tables do: "1.36".</summary>
    public static string Ratio(double ratio, int decimals = 1) => ratio.ToString("F" + decimals.ToString(English), English);

    /// <summary>A file's size as a person reads it: "512 bytes", "10 KB", "1.9 MB".</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", English) + " bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("N0", English) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("N1", English) + " MB",
    };

    /// <summary>A count, which may be an FTE sum: 12 → "12", 11.5 → "11.5".</summary>
    public static string Count(double count) => count.ToString("#,0.#", English);

    /// <summary>An amount of money: 1250 → "£1,250.00".</summary>
    public static string Pounds(double amount) => amount.ToString("£#,0.00", English);

    /// <summary>
    /// A pay gap with its sign, so that the direction reads without the sentence: 12.34 → "+12.3%",
    /// −4 → "−4.0%" (a true minus sign), and anything that rounds to zero → "0.0%".
    /// </summary>
    public static string Gap(double gap)
    {
        var rounded = Math.Round(gap, 1, MidpointRounding.AwayFromZero);
        var size = Math.Abs(rounded).ToString("0.0", English) + "%";
        return rounded switch
        {
            > 0 => "+" + size,
            < 0 => "\u2212" + size,
            _ => size,
        };
    }

    /// <summary>A date as the UK writes it: "31 March 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>The date in the UK at an instant (stored at UTC), written as <see cref="Date(DateOnly)"/> does: 23:30 UTC on 30 June is "1 July".</summary>
    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(InUk(instant)));

    /// <summary>
    /// An instant as the UK reads it, in Europe/London time (GMT in winter, BST in summer) with the zone said,
    /// the way GOV.UK writes times: "4 December 2026, 9:05pm (UK time)"; with seconds, "9:05:07pm".
    /// Every time a page shows goes through here, so no page shows a UTC time as if it were local.
    /// </summary>
    public static string Time(DateTimeOffset instant, bool seconds = false)
    {
        var local = InUk(instant);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var clock = seconds
            ? string.Create(English, $"{hour}:{local.Minute:00}:{local.Second:00}")
            : string.Create(English, $"{hour}:{local.Minute:00}");
        return $"{Date(DateOnly.FromDateTime(local))}, {clock}{(local.Hour < 12 ? "am" : "pm")} (UK time)";
    }

    private static DateTime InUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, SnapshotDates.UkTime).DateTime;

    /// <summary>"95% CI 11.1%–30.0%" for a proportion's interval, or "" when there is none.</summary>
    public static string Interval(MetricValue metric) =>
        metric is { CiLow: { } low, CiHigh: { } high } ? $"95% CI {Percent(low)}–{Percent(high)}" : "";

    /// <summary>
    /// "Turnover among women cannot be calculated. No women in this group were employed …": the figure
    /// named, then the metric's own reason.
    /// </summary>
    public static string CannotBeCalculated(string what, MetricValue metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return $"{what} cannot be calculated. {metric.Reason ?? "There are too few people."}";
    }

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
    /// A share as a sentence: "Women were 3 of the 10 people who joined …: 30.0% (95% CI 10.8%–60.3%)."
    /// The count may be fractional (pay quartiles share tied rates).
    /// </summary>
    /// <param name="metric">A share: numerator over denominator.</param>
    /// <param name="part">Who is counted, in lower case: "women".</param>
    /// <param name="whole">Whom they are counted among, read after "of the 10": "people who joined …".</param>
    public static string Share(MetricValue metric, string part, string whole)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not { Value: { } share, Numerator: { } count, Denominator: { } of })
        {
            return CannotBeCalculated($"The share of {part} among {whole}", metric);
        }
        return $"{Capitalised(part)} were {Count(count)} of the {Count(of)} {whole}: {Percent(share)}{Bracketed(Interval(metric))}.";
    }

    /// <summary>
    /// "Turnover among women was 30.0% in the year to 31 March 2025: 3 leavers against an average head
    /// count of 10 (95% CI 6.2%–87.7%)." A rate, not a share: it can pass 100% when people join and leave
    /// within the year.
    /// </summary>
    /// <param name="metric">A turnover rate: leavers over the average of the head counts at the start and end.</param>
    /// <param name="among">"women" or "men", or null for everyone.</param>
    /// <param name="snapshotDate">The end of the year.</param>
    /// <param name="voluntary">Whether the rate counts only voluntary leavers.</param>
    public static string Turnover(MetricValue metric, string? among, DateOnly snapshotDate, bool voluntary = false)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var name = (voluntary ? "Voluntary turnover" : "Turnover") + (among is null ? "" : $" among {among}");
        if (metric is not { Value: { } rate, Numerator: { } leavers, Denominator: { } average })
        {
            return CannotBeCalculated(name, metric);
        }
        var noun = (voluntary ? "voluntary leaver" : "leaver") + (leavers == 1 ? "" : "s");
        return $"{name} was {Percent(rate)} in the year to {Date(snapshotDate)}: {Count(leavers)} {noun} against an average head count of {Count(average)}{Bracketed(Interval(metric))}.";
    }

    /// <summary>
    /// "24 of the 30 people employed on 31 March 2024 were still employed on 31 March 2025: a stability
    /// index of 80.0% (95% CI 62.7%–90.5%)."
    /// </summary>
    /// <param name="metric">A stability index: stayers over the head count a year before.</param>
    /// <param name="among">"women" or "men", or null for everyone.</param>
    /// <param name="snapshotDate">The end of the year.</param>
    public static string Stability(MetricValue metric, string? among, DateOnly snapshotDate)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not { Value: { } index, Numerator: { } stayed, Denominator: { } atStart })
        {
            return CannotBeCalculated("The stability index" + (among is null ? "" : $" among {among}"), metric);
        }
        var yearBefore = ReportingPeriod.EndingOn(snapshotDate).Start;
        return $"{Count(stayed)} of the {Count(atStart)} {among ?? "people"} employed on {Date(yearBefore)} {Were(stayed)} still employed on {Date(snapshotDate)}: a stability index of {Percent(index)}{Bracketed(Interval(metric))}.";
    }

    /// <summary>"2 of the 25 women employed on 31 March 2025 were promoted in the year to that date: 8.0% (95% CI 2.2%–25.0%)."</summary>
    /// <param name="metric">A promotion rate: promoted staff over staff at the snapshot.</param>
    /// <param name="among">"women" or "men", or null for everyone.</param>
    /// <param name="snapshotDate">The snapshot date.</param>
    public static string PromotionRate(MetricValue metric, string? among, DateOnly snapshotDate) =>
        StaffWho(metric, "The promotion rate", among, snapshotDate, "promoted");

    /// <summary>"3 of the 5 women employed on 31 March 2025 were paid a bonus in the year to that date: 60.0% (95% CI 23.1%–88.2%)."</summary>
    /// <param name="metric">A bonus share: women (or men) paid a bonus over those with a bonus value.</param>
    /// <param name="among">"women" or "men".</param>
    /// <param name="snapshotDate">The snapshot date.</param>
    public static string BonusShare(MetricValue metric, string among, DateOnly snapshotDate) =>
        StaffWho(metric, "The share paid a bonus", among, snapshotDate, "paid a bonus");

    /// <summary>
    /// "Women were 1.4 times as likely as men to leave in the year to 31 March 2025 (95% CI 0.8–2.3):
    /// not a significant difference. Of the women employed during the year 20.0% left, of the men 14.3%."
    /// The last sentence gives the ratio's basis, which is not the turnover rate beside it.
    /// </summary>
    /// <param name="metric">The leaving relative likelihood: women's leaving proportion (numerator) over men's (denominator).</param>
    /// <param name="snapshotDate">The snapshot date.</param>
    public static string LeavingLikelihood(MetricValue metric, DateOnly snapshotDate) =>
        RelativeLikelihood(metric, "leave", snapshotDate, (women, men) => $"Of the women employed during the year {women} left, of the men {men}.");

    /// <summary>
    /// "Women were 0.4 times as likely as men to be promoted in the year to 31 March 2025 (95% CI 0.2–0.9):
    /// a significant difference. Of the women employed on 31 March 2025 10.0% were promoted in the year, of the men 23.8%."
    /// </summary>
    /// <param name="metric">The promotion relative likelihood: women's promotion rate (numerator) over men's (denominator).</param>
    /// <param name="snapshotDate">The snapshot date.</param>
    public static string PromotionLikelihood(MetricValue metric, DateOnly snapshotDate) =>
        RelativeLikelihood(metric, "be promoted", snapshotDate,
            (women, men) => $"Of the women employed on {Date(snapshotDate)} {women} were promoted in the year, of the men {men}.");

    /// <summary>A difference is called significant when the interval excludes 1.</summary>
    private static string RelativeLikelihood(MetricValue metric, string doingWhat, DateOnly snapshotDate, Func<string, string, string> basis)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not { Value: { } ratio })
        {
            return CannotBeCalculated($"How likely women were to {doingWhat} compared with men", metric);
        }
        var interval = metric is { CiLow: { } low, CiHigh: { } high } ? $" (95% CI {Ratio(low)}–{Ratio(high)})" : "";
        var significance = metric is { CiLow: { } l, CiHigh: { } h }
            ? (l > 1 || h < 1 ? "a significant difference" : "not a significant difference")
            : "no interval could be calculated";
        var rates = metric is { Numerator: { } women, Denominator: { } men } ? " " + basis(Percent(women), Percent(men)) : "";
        return $"Women were {Ratio(ratio)} times as likely as men to {doingWhat} in the year to {Date(snapshotDate)}{interval}: {significance}.{rates}";
    }

    /// <summary>
    /// The four-fifths rule on the promotion relative likelihood, in words that describe rather than
    /// judge: which rate, if either, is under four-fifths of the other. When the interval includes 1 the
    /// sentence adds that the difference could be chance, since the rule itself reads only the point figure.
    /// </summary>
    public static string FourFifths(MetricValue promotionLikelihood)
    {
        ArgumentNullException.ThrowIfNull(promotionLikelihood);
        var chance = promotionLikelihood is { CiLow: <= 1, CiHigh: >= 1 }
            ? " The interval includes 1, so the difference could be chance."
            : "";
        return promotionLikelihood.Category switch
        {
            MetricCategories.Adverse =>
                $"Four-fifths rule: women were promoted at less than four-fifths of men's rate (a ratio below 0.80).{chance}",
            MetricCategories.HigherForWomen =>
                $"Four-fifths rule: men were promoted at less than four-fifths of women's rate (a ratio above 1.25).{chance}",
            MetricCategories.NonAdverse =>
                "Four-fifths rule: the ratio is between 0.80 and 1.25, so neither rate is under four-fifths of the other.",
            _ => "The four-fifths rule cannot be applied without a ratio.",
        };
    }

    /// <summary>"Women were 20.0% of level 4 and 33.3% of level 3: a ratio of 0.60 (95% CI 0.17–2.10)."</summary>
    /// <param name="metric">A pipeline ratio: the women share at <paramref name="level"/> over the share at the level below.</param>
    /// <param name="level">The upper of the two levels, 2–6.</param>
    public static string PipelineRatio(MetricValue metric, int level)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not { Value: { } ratio, Numerator: { } upper, Denominator: { } lower })
        {
            return CannotBeCalculated(string.Create(English, $"The pipeline ratio at level {level}"), metric);
        }
        var interval = metric is { CiLow: { } low, CiHigh: { } high } ? $" (95% CI {Ratio(low, 2)}–{Ratio(high, 2)})" : "";
        return string.Create(English, $"Women were {Percent(upper)} of level {level} and {Percent(lower)} of level {level - 1}: a ratio of {Ratio(ratio, 2)}{interval}.");
    }

    /// <summary>What the sign of a pay gap means, said once beside every table of gaps.</summary>
    public const string GapConvention =
        "A pay gap is men's average pay minus women's, as a percentage of men's (the gender pay gap regulations' "
        + "method): positive when men are paid more on average, negative when women are.";

    /// <summary>
    /// Men's and women's averages behind a pay gap, or null when it has none. A gap's numerator is
    /// men − women and its denominator men, so women's average is the denominator minus the numerator.
    /// </summary>
    public static (double Men, double Women)? PayAverages(MetricValue gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return gap is { Value: not null, Numerator: { } difference, Denominator: { } men } ? (men, men - difference) : null;
    }

    /// <summary>"Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00)."</summary>
    /// <param name="metric">A pay gap in percent, positive when men are paid more.</param>
    /// <param name="averageName">What is averaged, in lower case: "mean hourly pay", "median bonus".</param>
    public static string PayGap(MetricValue metric, string averageName)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (PayAverages(metric) is not { } averages)
        {
            return CannotBeCalculated($"The {averageName} gap", metric);
        }
        var gap = Gap(metric.Value!.Value);
        var women = $"Women's {averageName} ({Pounds(averages.Women)})";
        var men = $"men's ({Pounds(averages.Men)})";
        return gap[0] switch
        {
            '+' => $"{women} was {gap[1..]} lower than {men}.",
            '\u2212' => $"{women} was {gap[1..]} higher than {men}.",
            _ => $"{women} was the same as {men} to the nearest 0.1%.",
        };
    }

    private static string StaffWho(MetricValue metric, string name, string? among, DateOnly snapshotDate, string what)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not { Value: { } share, Numerator: { } count, Denominator: { } staff })
        {
            return CannotBeCalculated(name + (among is null ? "" : $" among {among}"), metric);
        }
        return $"{Count(count)} of the {Count(staff)} {among ?? "people"} employed on {Date(snapshotDate)} {Were(count)} {what} in the year to that date: {Percent(share)}{Bracketed(Interval(metric))}.";
    }

    private static string Were(double count) => count == 1 ? "was" : "were";

    private static string Bracketed(string text) => text.Length == 0 ? "" : $" ({text})";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
