using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Reporting;

namespace EidAnalytics.Core.Tests.Reporting;

/// <summary>
/// Every sentence the dashboard and the briefing print, checked word for word against figures written out
/// here (the metric records are built by hand, not computed), for the snapshot 31 March 2025.
/// </summary>
public class FigureTextTests
{
    private static readonly DateOnly Snapshot = new(2025, 3, 31);

    private static MetricValue Missing(string reason) => MetricValue.Missing("any.id", reason);

    [Theory]
    [InlineData(12.34, "+12.3%")]
    [InlineData(-4, "\u22124.0%")]
    [InlineData(0.04, "0.0%")]
    [InlineData(-0.04, "0.0%")]
    [InlineData(0.05, "+0.1%")]
    public void A_gap_carries_its_sign_and_anything_that_rounds_to_zero_has_none(double gap, string expected) =>
        Assert.Equal(expected, FigureText.Gap(gap));

    [Fact]
    public void A_winter_time_is_greenwich_mean_time_which_is_utc() =>
        // 4 December 2026 is in GMT (UTC+0): 21:05 UTC is 9:05pm in London.
        Assert.Equal("4 December 2026, 9:05pm (UK time)", FigureText.Time(new DateTimeOffset(2026, 12, 4, 21, 5, 0, TimeSpan.Zero)));

    [Fact]
    public void A_summer_time_is_british_summer_time_an_hour_ahead_of_utc() =>
        // 4 July 2026 is in BST (UTC+1, 29 March to 25 October 2026): 20:05 UTC is 9:05pm in London.
        Assert.Equal("4 July 2026, 9:05pm (UK time)", FigureText.Time(new DateTimeOffset(2026, 7, 4, 20, 5, 0, TimeSpan.Zero)));

    [Fact]
    public void Half_past_eleven_at_night_utc_in_summer_is_the_next_day_in_the_uk()
    {
        // 23:30 UTC on 30 June 2026 is 00:30 BST on 1 July: the date and the hour both move.
        var instant = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(("1 July 2026, 12:30am (UK time)", "1 July 2026"), (FigureText.Time(instant), FigureText.Date(instant)));
    }

    [Fact]
    public void Noon_is_pm_and_seconds_are_shown_when_asked() =>
        // 12:00:07 UTC on 15 January 2026 (GMT) is 12:00:07pm.
        Assert.Equal("15 January 2026, 12:00:07pm (UK time)", FigureText.Time(new DateTimeOffset(2026, 1, 15, 12, 0, 7, TimeSpan.Zero), seconds: true));

    [Fact]
    public void Money_is_in_pounds_and_pence_with_thousands_separated() =>
        Assert.Equal("£1,250.50", FigureText.Pounds(1250.5));

    [Fact]
    public void Ratios_have_one_decimal_in_sentences_and_two_when_asked() =>
        Assert.Equal(("1.4", "1.36"), (FigureText.Ratio(1.3572), FigureText.Ratio(1.3572, 2)));

    [Fact]
    public void A_share_names_its_count_its_whole_its_percentage_and_its_interval()
    {
        // 3 women among 10 joiners; Wilson 95% for 3/10 is 0.107789–0.603222.
        var hiring = new MetricValue(MetricIds.HiringWomenShare, 0.3, 3, 10, 0.107789, 0.603222);

        Assert.Equal(
            "Women were 3 of the 10 people who joined: 30.0% (95% CI 10.8%–60.3%).",
            FigureText.Share(hiring, "women", "people who joined"));
    }

    [Fact]
    public void A_fractional_count_in_a_share_is_written_with_its_decimal()
    {
        // A quartile of 6 with 1.5 women after a tied rate was shared across its edge.
        var quartile = new MetricValue(MetricIds.PayQuartile1WomenShare, 0.25, 1.5, 6, 0.05, 0.6);

        Assert.Equal(
            "Women were 1.5 of the 6 people in the lower quartile: 25.0% (95% CI 5.0%–60.0%).",
            FigureText.Share(quartile, "women", "people in the lower quartile"));
    }

    [Fact]
    public void A_share_that_cannot_be_calculated_is_named_and_gives_its_reason()
    {
        var none = Missing("No one who joined has a recorded gender of female, male or other, so there is no women share.");

        Assert.Equal(
            "The share of women among people who joined cannot be calculated. No one who joined has a recorded gender of female, male or other, so there is no women share.",
            FigureText.Share(none, "women", "people who joined"));
    }

    [Fact]
    public void Turnover_says_the_rate_the_year_the_leavers_and_the_average_head_count()
    {
        // 7 leavers / ((30 + 31) / 2) = 7 / 30.5 = 0.229508; Poisson 95% for 7 is 2.814363–14.422675, / 30.5.
        var turnover = new MetricValue(MetricIds.TurnoverRate, 0.229508, 7, 30.5, 0.092274, 0.472875);

        Assert.Equal(
            "Turnover was 23.0% in the year to 31 March 2025: 7 leavers against an average head count of 30.5 (95% CI 9.2%–47.3%).",
            FigureText.Turnover(turnover, among: null, Snapshot));
    }

    [Fact]
    public void Voluntary_turnover_among_men_counts_a_single_voluntary_leaver_in_the_singular()
    {
        // 1 / 19 = 0.052632; Poisson 95% for 1 is 0.025318–5.571643, / 19 = 0.001333–0.293244.
        var voluntary = new MetricValue(MetricIds.VoluntaryTurnoverRateMen, 0.052632, 1, 19, 0.001333, 0.293244);

        Assert.Equal(
            "Voluntary turnover among men was 5.3% in the year to 31 March 2025: 1 voluntary leaver against an average head count of 19 (95% CI 0.1%–29.3%).",
            FigureText.Turnover(voluntary, "men", Snapshot, voluntary: true));
    }

    [Fact]
    public void Turnover_above_one_hundred_percent_is_written_as_it_is()
    {
        // 4 leavers / 1.5 = 2.666667: people joined and left within the year.
        var turnover = new MetricValue(MetricIds.TurnoverRateWomen, 2.666667, 4, 1.5);

        Assert.Equal(
            "Turnover among women was 266.7% in the year to 31 March 2025: 4 leavers against an average head count of 1.5.",
            FigureText.Turnover(turnover, "women", Snapshot));
    }

    [Fact]
    public void Turnover_that_cannot_be_calculated_gives_the_reason()
    {
        var none = Missing("No women in this group were employed at the start or at the end of the 12 months, so there is no average head count.");

        Assert.Equal(
            "Turnover among women cannot be calculated. No women in this group were employed at the start or at the end of the 12 months, so there is no average head count.",
            FigureText.Turnover(none, "women", Snapshot));
    }

    [Fact]
    public void Stability_names_the_day_a_year_before_and_the_snapshot()
    {
        // 24 of 30 = 0.8; Wilson 95% for 24/30 is 0.626943–0.904949.
        var stability = new MetricValue(MetricIds.StabilityIndex, 0.8, 24, 30, 0.626943, 0.904949);

        Assert.Equal(
            "24 of the 30 people employed on 31 March 2024 were still employed on 31 March 2025: a stability index of 80.0% (95% CI 62.7%–90.5%).",
            FigureText.Stability(stability, among: null, Snapshot));
    }

    [Fact]
    public void Stability_of_one_person_uses_the_singular_and_a_leap_day_snapshot_looks_back_to_28_February()
    {
        var stability = new MetricValue(MetricIds.StabilityIndexWomen, 0.5, 1, 2, 0.094531, 0.905469);

        Assert.Equal(
            "1 of the 2 women employed on 28 February 2023 was still employed on 29 February 2024: a stability index of 50.0% (95% CI 9.5%–90.5%).",
            FigureText.Stability(stability, "women", new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void Stability_that_cannot_be_calculated_gives_the_reason()
    {
        var none = Missing("No men in this group were employed 12 months before the snapshot date.");

        Assert.Equal(
            "The stability index among men cannot be calculated. No men in this group were employed 12 months before the snapshot date.",
            FigureText.Stability(none, "men", Snapshot));
    }

    [Fact]
    public void A_promotion_rate_counts_the_promoted_among_staff_at_the_snapshot()
    {
        // 2 of 25 = 0.08; Wilson 95% for 2/25 is 0.022221–0.249661.
        var rate = new MetricValue(MetricIds.PromotionRateWomen, 0.08, 2, 25, 0.022221, 0.249661);

        Assert.Equal(
            "2 of the 25 women employed on 31 March 2025 were promoted in the year to that date: 8.0% (95% CI 2.2%–25.0%).",
            FigureText.PromotionRate(rate, "women", Snapshot));
    }

    [Fact]
    public void A_bonus_share_counts_those_paid_a_bonus()
    {
        // 1 of 3 men = 0.333333; Wilson 95% for 1/3 is 0.061492–0.792340.
        var share = new MetricValue(MetricIds.BonusShareMen, 0.333333, 1, 3, 0.061492, 0.792340);

        Assert.Equal(
            "1 of the 3 men employed on 31 March 2025 was paid a bonus in the year to that date: 33.3% (95% CI 6.1%–79.2%).",
            FigureText.BonusShare(share, "men", Snapshot));
    }

    [Fact]
    public void The_relative_likelihood_of_leaving_reads_as_the_issue_example_and_says_what_it_compares()
    {
        // 0.2 / 0.142857 = 1.4: the women's and men's leaving proportions, which are not the turnover rates.
        var likelihood = new MetricValue(MetricIds.LeavingRelativeLikelihood, 1.4, 0.2, 0.142857, 0.8, 2.3);

        Assert.Equal(
            "Women were 1.4 times as likely as men to leave in the year to 31 March 2025 (95% CI 0.8–2.3): not a significant difference."
            + " Of the women employed during the year 20.0% left, of the men 14.3%.",
            FigureText.LeavingLikelihood(likelihood, Snapshot));
    }

    [Fact]
    public void A_relative_likelihood_whose_interval_excludes_one_is_a_significant_difference()
    {
        var likelihood = new MetricValue(MetricIds.PromotionRelativeLikelihood, 0.42, 0.1, 0.238095, 0.2, 0.88);

        Assert.Equal(
            "Women were 0.4 times as likely as men to be promoted in the year to 31 March 2025 (95% CI 0.2–0.9): a significant difference."
            + " Of the women employed on 31 March 2025 10.0% were promoted in the year, of the men 23.8%.",
            FigureText.PromotionLikelihood(likelihood, Snapshot));
    }

    [Fact]
    public void A_relative_likelihood_that_cannot_be_calculated_names_the_comparison_and_gives_the_reason_once()
    {
        var none = Missing("The comparison needs at least one leaver among women and among men, and there were 0 and 2.");

        Assert.Equal(
            "How likely women were to leave compared with men cannot be calculated. The comparison needs at least one leaver among women and among men, and there were 0 and 2.",
            FigureText.LeavingLikelihood(none, Snapshot));
    }

    [Fact]
    public void The_four_fifths_rule_below_080_says_whose_rate_is_under_four_fifths_and_that_chance_is_possible()
    {
        var likelihood = new MetricValue(MetricIds.PromotionRelativeLikelihood, 0.6, 0.06, 0.1, 0.3, 1.2, MetricCategories.Adverse);

        Assert.Equal(
            "Four-fifths rule: women were promoted at less than four-fifths of men's rate (a ratio below 0.80). The interval includes 1, so the difference could be chance.",
            FigureText.FourFifths(likelihood));
    }

    [Fact]
    public void The_four_fifths_rule_below_080_with_an_interval_under_one_says_no_more()
    {
        var likelihood = new MetricValue(MetricIds.PromotionRelativeLikelihood, 0.5, 0.05, 0.1, 0.3, 0.83, MetricCategories.Adverse);

        Assert.Equal(
            "Four-fifths rule: women were promoted at less than four-fifths of men's rate (a ratio below 0.80).",
            FigureText.FourFifths(likelihood));
    }

    [Fact]
    public void The_four_fifths_rule_above_125_is_described_the_other_way_round()
    {
        var likelihood = new MetricValue(MetricIds.PromotionRelativeLikelihood, 2.166667, 0.25, 0.115385, 1.01, 4.6, MetricCategories.HigherForWomen);

        Assert.Equal(
            "Four-fifths rule: men were promoted at less than four-fifths of women's rate (a ratio above 1.25).",
            FigureText.FourFifths(likelihood));
    }

    [Fact]
    public void The_four_fifths_rule_between_080_and_125_says_neither_rate_is_under_four_fifths()
    {
        var likelihood = new MetricValue(MetricIds.PromotionRelativeLikelihood, 1, 0.1, 0.1, 0.4, 2.5, MetricCategories.NonAdverse);

        Assert.Equal(
            "Four-fifths rule: the ratio is between 0.80 and 1.25, so neither rate is under four-fifths of the other.",
            FigureText.FourFifths(likelihood));
    }

    [Fact]
    public void The_four_fifths_rule_without_a_ratio_says_it_cannot_be_applied() =>
        Assert.Equal(
            "The four-fifths rule cannot be applied without a ratio.",
            FigureText.FourFifths(Missing("The comparison needs at least one promotion among women and among men, and there were 0 and 3.")));

    [Fact]
    public void A_pipeline_ratio_gives_both_shares_and_the_ratio_to_two_decimals()
    {
        // 1/5 women at level 4 over 1/3 at level 3: 0.2 / 0.333333 = 0.6.
        var ratio = new MetricValue(MetricIds.PipelineRatioLevel4, 0.6, 0.2, 0.333333, 0.171431, 2.099954);

        Assert.Equal(
            "Women were 20.0% of level 4 and 33.3% of level 3: a ratio of 0.60 (95% CI 0.17–2.10).",
            FigureText.PipelineRatio(ratio, 4));
    }

    [Fact]
    public void A_pipeline_ratio_that_cannot_be_calculated_gives_the_reason()
    {
        var none = Missing("The comparison needs at least one woman at level 6 and at level 5, and there were 0 and 1.");

        Assert.Equal(
            "The pipeline ratio at level 6 cannot be calculated. The comparison needs at least one woman at level 6 and at level 5, and there were 0 and 1.",
            FigureText.PipelineRatio(none, 6));
    }

    [Fact]
    public void A_positive_gap_says_women_are_paid_less_with_both_averages()
    {
        // men £20.00, women £17.50: (20 − 17.5) / 20 × 100 = 12.5; numerator 2.5, denominator 20.
        var gap = new MetricValue(MetricIds.PayMedianGap, 12.5, 2.5, 20);

        Assert.Equal(
            "Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00).",
            FigureText.PayGap(gap, "median hourly pay"));
    }

    [Fact]
    public void A_negative_gap_says_women_are_paid_more()
    {
        // men £500, women £600: (500 − 600) / 500 × 100 = −20; numerator −100, denominator 500.
        var gap = new MetricValue(MetricIds.BonusMeanGap, -20, -100, 500);

        Assert.Equal(
            "Women's mean bonus (£600.00) was 20.0% higher than men's (£500.00).",
            FigureText.PayGap(gap, "mean bonus"));
    }

    [Fact]
    public void A_gap_that_rounds_to_zero_says_the_averages_are_the_same_to_the_nearest_tenth()
    {
        // men £20.00, women £19.996: 0.004 / 20 × 100 = 0.02%.
        var gap = new MetricValue(MetricIds.PayMeanGap, 0.02, 0.004, 20);

        Assert.Equal(
            "Women's mean hourly pay (£20.00) was the same as men's (£20.00) to the nearest 0.1%.",
            FigureText.PayGap(gap, "mean hourly pay"));
    }

    [Fact]
    public void A_gap_that_cannot_be_calculated_gives_the_reason()
    {
        var none = Missing("Needs at least one woman and one man employed at the snapshot date who were paid a bonus; there were 0 women and 2 men.");

        Assert.Equal(
            "The median bonus gap cannot be calculated. Needs at least one woman and one man employed at the snapshot date who were paid a bonus; there were 0 women and 2 men.",
            FigureText.PayGap(none, "median bonus"));
    }

    [Fact]
    public void The_gap_convention_says_which_sign_means_what() =>
        Assert.Contains("positive when men are paid more on average, negative when women are", FigureText.GapConvention, StringComparison.Ordinal);
}
