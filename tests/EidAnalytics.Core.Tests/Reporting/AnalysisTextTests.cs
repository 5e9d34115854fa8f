using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Reporting;

namespace EidAnalytics.Core.Tests.Reporting;

/// <summary>
/// The sentences of "What lies behind the figures", word for word, from metric records written out here by hand.
/// </summary>
public class AnalysisTextTests
{
    [Fact]
    public void An_odds_ratio_whose_interval_includes_1_says_the_data_are_consistent_with_no_difference()
    {
        var metric = new MetricValue(MetricIds.AdjustedLeavingOddsRatio, 1.3243, CiLow: 0.8512, CiHigh: 2.0561, Unadjusted: 1.5);

        Assert.Equal(
            "Among people alike in level, service and working pattern, women's odds of leaving were 1.32 times men's "
            + "(95% CI 0.85–2.06): the interval includes 1, so the data are consistent with no difference. "
            + "Before adjustment, women's odds of leaving were 1.50 times men's.",
            AnalysisText.OddsRatio(metric, "leaving"));
    }

    [Fact]
    public void An_odds_ratio_not_computed_gives_its_reason_and_still_the_unadjusted_figure()
    {
        var metric = MetricValue.Missing(MetricIds.AdjustedPromotionOddsRatio, "Too few were promoted.") with { Unadjusted = 0.5 };

        Assert.Equal(
            "The adjusted odds ratio of being promoted cannot be calculated. Too few were promoted. "
            + "Before adjustment, women's odds of being promoted were 0.50 times men's.",
            AnalysisText.OddsRatio(metric, "being promoted"));
    }

    [Fact]
    public void The_share_of_the_raw_gap_accounted_for_is_worked_on_the_log_scale()
    {
        // Raw 10%: ln(0.90) = −0.1053605; adjusted 5%: ln(0.95) = −0.0512933; 1 − 0.0512933 / 0.1053605 = 0.513164.
        var gap = new MetricValue(MetricIds.AdjustedPayGap, 5, Unadjusted: 10);

        Assert.Equal(0.513164, AnalysisText.ShareAccountedFor(gap)!.Value, 6);
    }

    [Fact]
    public void No_share_is_accounted_for_when_the_raw_gap_is_under_half_a_percent() =>
        Assert.Null(AnalysisText.ShareAccountedFor(new MetricValue(MetricIds.AdjustedPayGap, 0.1, Unadjusted: 0.4)));

    [Fact]
    public void The_adjusted_pay_gap_says_how_much_of_the_raw_gap_the_covariates_account_for()
    {
        // As above: 51.3% rounds to 51%.
        var gap = new MetricValue(MetricIds.AdjustedPayGap, 5, CiLow: 1.02, CiHigh: 8.9, Unadjusted: 10);

        Assert.Equal(
            "Within the same level, service and working pattern, women are paid 5.0% less than men (95% CI +1.0% to +8.9%). "
            + "Before adjustment, the gap in geometric mean hourly pay is +10.0%. "
            + "Differences in level, service and working pattern account for about 51% of it; the rest is among similar people.",
            AnalysisText.PayGap(gap));
    }

    [Fact]
    public void A_gap_that_vanishes_within_levels_is_all_accounted_for_and_its_interval_includes_no_gap()
    {
        // Adjusted −0.3%: ln(1.003) = 0.0029955; raw 20%: ln(0.8) = −0.2231436; 1 + 0.0029955 / 0.2231436 = 1.0134 ≥ 1.
        var gap = new MetricValue(MetricIds.AdjustedPayGap, -0.3, CiLow: -2.5, CiHigh: 1.8, Unadjusted: 20);

        Assert.Equal(
            "Within the same level, service and working pattern, women are paid 0.3% more than men (95% CI \u22122.5% to +1.8%); "
            + "the interval includes no gap. Before adjustment, the gap in geometric mean hourly pay is +20.0%. "
            + "Differences in level, service and working pattern account for all of it.",
            AnalysisText.PayGap(gap));
    }

    [Fact]
    public void A_projection_names_the_calendar_year_and_its_interval()
    {
        var share = new MetricValue(MetricIds.ProjectionWomenShare[4], 0.1956, CiLow: 0.1260, CiHigh: 0.2641);

        Assert.Equal(
            "At current rates, women's share of the IT function would be 19.6% (95% CI 12.6%–26.4%) in 2030.",
            AnalysisText.Projection(share, "the IT function", 2030));
    }

    [Theory]
    [InlineData(0.6503, "To reach a women's share of 30% by 2030, 65% of hires would need to be women, at every level.")]
    [InlineData(0.0, "A women's share of 30% by 2030 would be reached at the current leaving and promotion rates whoever is hired.")]
    public void The_hiring_share_needed_is_said_in_whole_percent(double needed, string expected) =>
        Assert.Equal(expected, AnalysisText.HiringNeeded(needed, 0.30, 2030));

    [Fact]
    public void A_target_out_of_reach_says_plainly_it_cannot_be_reached_by_hiring_alone() =>
        Assert.Equal(
            "A women's share of 45% by 2027 cannot be reached by hiring alone: even if every hire were a woman, "
            + "too few posts fall vacant at the current leaving and promotion rates.",
            AnalysisText.HiringNeeded(null, 0.45, 2027));
}
