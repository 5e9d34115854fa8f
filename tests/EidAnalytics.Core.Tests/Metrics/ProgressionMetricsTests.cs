using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class ProgressionMetricsTests
{
    /// <summary>
    /// Women in S1: 10, of whom 3 promoted in P and 1 promoted on 31 March 2024 (the excluded start of P);
    /// plus 1 woman promoted in P who then left (not in S1, so not counted).
    /// Men in S1: 20, of whom 8 promoted in P. Other: 1, promoted. Undisclosed: 1, not promoted.
    /// </summary>
    private static readonly List<EmployeeRecord> Promotions = Team(
        Woman.Promoted().Times(3), [Woman with { LastPromotionDate = PeriodStart }], Woman.Times(6),
        [Woman.Promoted().Left()],
        Man.Promoted().Times(8), Man.Times(12),
        [OtherGender.Promoted(), Undisclosed]);

    [Fact]
    public void Promotion_rate_is_promoted_staff_over_staff_at_the_snapshot()
    {
        var scope = ItFunction(Promotions);

        // everyone: (3 + 8 + 1) / (10 + 20 + 1 + 1) = 12 / 32 = 0.375; Wilson 12/32: 0.229339–0.547456
        Expect.Figure(scope.Get(MetricIds.PromotionRate), 0.375, 12, 32, 0.229339, 0.547456);
        // women: 3 / 10 = 0.3; Wilson 3/10: 0.107791–0.603222
        Expect.Figure(scope.Get(MetricIds.PromotionRateWomen), 0.3, 3, 10, 0.107791, 0.603222);
        // men: 8 / 20 = 0.4; Wilson 8/20: 0.218807–0.613419
        Expect.Figure(scope.Get(MetricIds.PromotionRateMen), 0.4, 8, 20, 0.218807, 0.613419);
    }

    [Fact]
    public void A_promoted_leaver_counts_in_neither_the_numerator_nor_the_denominator()
    {
        // One woman employed, not promoted; one promoted woman who then left: 0 / 1.
        var scope = ItFunction(Team([Woman, Woman.Promoted().Left(), Man.Promoted()]));

        Expect.Figure(scope.Get(MetricIds.PromotionRateWomen), 0, 0, 1);
    }

    [Fact]
    public void Promotion_relative_likelihood_below_four_fifths_is_adverse()
    {
        // R = 0.3 / 0.4 = 0.75 < 0.80
        // SE = √(1/3 − 1/10 + 1/8 − 1/20) = √0.308333 = 0.555278;  z × SE = 1.088323
        // L = 0.75 × e^−1.088323 = 0.75 × 0.336780 = 0.252585;  U = 0.75 × 2.969295 = 2.226971
        var metric = ItFunction(Promotions).Get(MetricIds.PromotionRelativeLikelihood);

        Expect.Figure(metric, 0.75, 0.3, 0.4, 0.252585, 2.226971);
        Assert.Equal(MetricCategories.Adverse, metric.Category);
    }

    [Theory]
    [InlineData(4, 10, 12, 0.666667, MetricCategories.Adverse)]      // (4/10) / (12/20) = 0.4 / 0.6
    [InlineData(4, 10, 10, 0.8, MetricCategories.NonAdverse)]        // (4/10) / (10/20) = 0.8, the lower boundary
    [InlineData(5, 8, 10, 1.25, MetricCategories.NonAdverse)]        // (5/8) / (10/20) = 1.25, the upper boundary
    [InlineData(6, 10, 8, 1.5, MetricCategories.HigherForWomen)]     // (6/10) / (8/20) = 1.5
    public void Promotion_relative_likelihood_is_flagged_by_the_four_fifths_rule(
        int womenPromoted, int women, int menPromoted, double ratio, string flag)
    {
        // 20 men in S1 each time.
        var rows = Team(
            Woman.Promoted().Times(womenPromoted), Woman.Times(women - womenPromoted),
            Man.Promoted().Times(menPromoted), Man.Times(20 - menPromoted));

        var metric = ItFunction(rows).Get(MetricIds.PromotionRelativeLikelihood);

        Assert.Equal(ratio, metric.Value!.Value, 1e-6);
        Assert.Equal(flag, metric.Category);
    }

    [Fact]
    public void When_nobody_was_promoted_the_rates_are_zero_and_the_likelihood_says_why()
    {
        var scope = ItFunction(Team(Woman.Times(3), Man.Times(7)));

        // 0 / 10 = 0; Wilson 0/10: 0–0.277533
        Expect.Figure(scope.Get(MetricIds.PromotionRate), 0, 0, 10, 0, 0.277533);
        Expect.Figure(scope.Get(MetricIds.PromotionRateWomen), 0, 0, 3);
        var likelihood = scope.Get(MetricIds.PromotionRelativeLikelihood);
        Expect.Missing(likelihood, "at least one promotion among women and among men, and there were 0 and 0");
    }

    /// <summary>Level shares (S1): L1 2/4, L2 1/4, L3 2/9, L4 1/5, L5 1/4, L6 0/2.</summary>
    private static readonly List<EmployeeRecord> Pipeline = Team(
        Woman.AtLevel(1).Times(2), Man.AtLevel(1).Times(2),
        Woman.AtLevel(2).Times(1), Man.AtLevel(2).Times(3),
        Woman.AtLevel(3).Times(2), Man.AtLevel(3).Times(6), OtherGender.AtLevel(3).Times(1),
        Woman.AtLevel(4).Times(1), Man.AtLevel(4).Times(4), Undisclosed.AtLevel(4).Times(1),
        Woman.AtLevel(5).Times(1), Man.AtLevel(5).Times(3),
        Man.AtLevel(6).Times(2));

    [Fact]
    public void Pipeline_ratio_divides_each_levels_women_share_by_the_level_below()
    {
        var scope = ItFunction(Pipeline);

        // L2 / L1 = (1/4) / (2/4) = 0.5; SE = √(1 − 1/4 + 1/2 − 1/4) = 1; × z: e^∓1.959964 → 0.070432–3.549536
        Expect.Figure(scope.Get(MetricIds.PipelineRatioLevel2), 0.5, 0.25, 0.5, 0.070432, 3.549536);
        // L3 / L2 = (2/9) / (1/4) = 0.888889; SE = √(1/2 − 1/9 + 1 − 1/4) = √1.138889 = 1.067187 → 0.109763–7.198451
        Expect.Figure(scope.Get(MetricIds.PipelineRatioLevel3), 0.888889, 0.222222, 0.25, 0.109763, 7.198451);
        // L4 / L3 = (1/5) / (2/9) = 0.9; SE = √(1 − 1/5 + 1/2 − 1/9) = √1.188889 = 1.090362 → 0.106200–7.627113
        Expect.Figure(scope.Get(MetricIds.PipelineRatioLevel4), 0.9, 0.2, 0.222222, 0.106200, 7.627113);
        // L5 / L4 = (1/4) / (1/5) = 1.25; SE = √(1 − 1/4 + 1 − 1/5) = √1.55 = 1.244990 → 0.108936–14.343244
        Expect.Figure(scope.Get(MetricIds.PipelineRatioLevel5), 1.25, 0.25, 0.2, 0.108936, 14.343244);
        // L6 / L5: no women at level 6, so the ratio is 0 with no log interval
        Expect.Missing(scope.Get(MetricIds.PipelineRatioLevel6), "at least one woman at level 6 and at level 5, and there were 0 and 1");
    }
}
