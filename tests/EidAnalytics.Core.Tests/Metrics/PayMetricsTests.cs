using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class PayMetricsTests
{
    /// <summary>
    /// Hourly pay in S1: women £10, £12, £14, £20; men £12, £16, £18, £20, £24.
    /// Left out: a person of other gender on £100, an undisclosed person on £90 (the regulations compare men
    /// and women), a man who left on £50 (not in S1), and a woman with no pay recorded.
    /// </summary>
    private static readonly List<EmployeeRecord> HourlyPay = Team(
    [
        Woman with { HourlyPay = 10 }, Woman with { HourlyPay = 12 }, Woman with { HourlyPay = 14 }, Woman with { HourlyPay = 20 },
        Man with { HourlyPay = 12 }, Man with { HourlyPay = 16 }, Man with { HourlyPay = 18 }, Man with { HourlyPay = 20 },
        Man with { HourlyPay = 24 },
        OtherGender with { HourlyPay = 100 }, Undisclosed with { HourlyPay = 90 }, Man.Left() with { HourlyPay = 50 }, Woman,
    ]);

    [Fact]
    public void Mean_gap_is_the_difference_in_mean_hourly_pay_as_a_percentage_of_mens()
    {
        // men (12 + 16 + 18 + 20 + 24) / 5 = 90 / 5 = £18; women (10 + 12 + 14 + 20) / 4 = 56 / 4 = £14
        // (18 − 14) / 18 × 100 = 22.222222
        var metric = ItFunction(HourlyPay).Get(MetricIds.PayMeanGap);

        Expect.Figure(metric, 22.222222, 4, 18);
        Assert.Null(metric.CiLow);
    }

    [Fact]
    public void Median_gap_is_the_difference_in_median_hourly_pay_as_a_percentage_of_mens()
    {
        // men's median £18 (middle of 5); women's (12 + 14) / 2 = £13; (18 − 13) / 18 × 100 = 27.777778
        var metric = ItFunction(HourlyPay).Get(MetricIds.PayMedianGap);

        Expect.Figure(metric, 27.777778, 5, 18);
    }

    [Fact]
    public void Quartiles_split_nine_people_two_two_two_three_and_share_tied_rates_across_a_boundary()
    {
        // Ranked: £10 W | £12 W, £12 M | £14 W | £16 M | £18 M | £20 W, £20 M | £24 M  (n = 9)
        // Section edges ⌊9k/4⌋ = 0, 2, 4, 6, 9: ranks 0–1, 2–3, 4–5, 6–8.
        // The £12 pair (ranks 1–2, one woman) straddles sections 1 and 2: each gets 1 × 1/2 = 0.5 women.
        var scope = ItFunction(HourlyPay);

        // Q1: £10 W + half of the £12 pair = 1.5 women of 2 = 0.75; Wilson 1.5/2: 0.197867–0.973323
        Expect.Figure(scope.Get(MetricIds.PayQuartile1WomenShare), 0.75, 1.5, 2, 0.197867, 0.973323);
        // Q2: half of the £12 pair + £14 W = 1.5 of 2 = 0.75
        Expect.Figure(scope.Get(MetricIds.PayQuartile2WomenShare), 0.75, 1.5, 2, 0.197867, 0.973323);
        // Q3: £16 M, £18 M = 0 of 2; Wilson 0/2: 0–0.657620
        Expect.Figure(scope.Get(MetricIds.PayQuartile3WomenShare), 0, 0, 2, 0, 0.657620);
        // Q4: £20 W, £20 M, £24 M = 1 of 3 = 0.333333; Wilson 1/3: 0.061492–0.792340
        Expect.Figure(scope.Get(MetricIds.PayQuartile4WomenShare), 0.333333, 1, 3, 0.061492, 0.792340);
    }

    [Fact]
    public void A_negative_gap_means_women_are_paid_more()
    {
        // (10 − 20) / 10 × 100 = −100
        var rows = Team([Woman with { HourlyPay = 20 }, Man with { HourlyPay = 10 }]);

        Expect.Figure(ItFunction(rows).Get(MetricIds.PayMeanGap), -100, -10, 10);
    }

    [Fact]
    public void Pay_gaps_need_at_least_one_woman_and_one_man_with_pay()
    {
        var scope = ItFunction(Team([Man with { HourlyPay = 15 }, Man with { HourlyPay = 16 }, Woman]));

        Expect.Missing(scope.Get(MetricIds.PayMeanGap), "there were 0 women and 2 men");
        Expect.Missing(scope.Get(MetricIds.PayMedianGap), "there were 0 women and 2 men");
    }

    [Fact]
    public void A_gap_relative_to_mens_pay_of_zero_is_missing_rather_than_infinite()
    {
        var scope = ItFunction(Team([Man with { HourlyPay = 0 }, Woman with { HourlyPay = 10 }]));

        Expect.Missing(scope.Get(MetricIds.PayMeanGap), "£0");
    }

    [Fact]
    public void Fewer_than_four_people_with_pay_leave_the_lowest_quartile_empty()
    {
        // n = 3: sections hold 0, 1, 1, 1 people
        var scope = ItFunction(Team([Woman with { HourlyPay = 9 }, Man with { HourlyPay = 10 }, Man with { HourlyPay = 11 }]));

        Expect.Missing(scope.Get(MetricIds.PayQuartile1WomenShare), "Only 3 women and men");
        Expect.Figure(scope.Get(MetricIds.PayQuartile2WomenShare), 1, 1, 1);
        Expect.Figure(scope.Get(MetricIds.PayQuartile4WomenShare), 0, 0, 1);
    }

    /// <summary>
    /// Bonus pay in S1: women £0, £0, £100, £300; men £0, £200, £300, £700 and one man with no bonus value.
    /// Left out: a woman who left (£1,000) and a person of other gender (£500).
    /// </summary>
    private static readonly List<EmployeeRecord> Bonuses = Team(
    [
        Woman with { BonusPay = 0 }, Woman with { BonusPay = 0 }, Woman with { BonusPay = 100 }, Woman with { BonusPay = 300 },
        Man with { BonusPay = 0 }, Man with { BonusPay = 200 }, Man with { BonusPay = 300 }, Man with { BonusPay = 700 }, Man,
        Woman.Left() with { BonusPay = 1000 }, OtherGender with { BonusPay = 500 },
    ]);

    [Fact]
    public void Bonus_gaps_compare_only_the_people_paid_a_bonus()
    {
        var scope = ItFunction(Bonuses);

        // mean: men (200 + 300 + 700) / 3 = £400; women (100 + 300) / 2 = £200; (400 − 200) / 400 × 100 = 50
        Expect.Figure(scope.Get(MetricIds.BonusMeanGap), 50, 200, 400);
        // median: men £300; women (100 + 300) / 2 = £200; (300 − 200) / 300 × 100 = 33.333333
        Expect.Figure(scope.Get(MetricIds.BonusMedianGap), 33.333333, 100, 300);
    }

    [Fact]
    public void Bonus_share_is_the_proportion_of_each_gender_paid_a_bonus()
    {
        var scope = ItFunction(Bonuses);

        // women: 2 paid / 4 with a value = 0.5; Wilson 2/4: 0.150039–0.849961
        Expect.Figure(scope.Get(MetricIds.BonusShareWomen), 0.5, 2, 4, 0.150039, 0.849961);
        // men: 3 paid / 4 with a value = 0.75; Wilson 3/4: 0.300642–0.954413
        Expect.Figure(scope.Get(MetricIds.BonusShareMen), 0.75, 3, 4, 0.300642, 0.954413);
    }
}
