using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Tests.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Analyses;

public sealed class AdjustedFiguresTests
{
    [Fact]
    public void With_everyone_alike_but_for_gender_the_adjusted_odds_ratio_is_the_tables_with_woolfs_interval()
    {
        // Women 10 of 40 left, men 20 of 120, all at level 3 with the same service: OR = (10/30)/(20/100) = 5/3;
        // SE = √(1/10 + 1/30 + 1/20 + 1/100) = 0.4396969, so the interval is exp(0.5108256 ∓ 1.959964 × 0.4396969)
        // = exp(0.5108256 ∓ 0.8617900) = exp(−0.3509644), exp(1.3726157) = 0.704009, 3.945658.
        var scope = ItFunction(Team(Woman.Left().Times(10), Woman.Times(30), Man.Left().Times(20), Man.Times(100)));

        var ratio = scope.Get(MetricIds.AdjustedLeavingOddsRatio);

        Assert.Null(ratio.Reason);
        Assert.Equal(5.0 / 3, ratio.Value!.Value, 1e-6);
        Assert.Equal(5.0 / 3, ratio.Unadjusted!.Value, 1e-9);
        Expect.Interval(ratio, 0.704009, 3.945658);
    }

    [Fact]
    public void Women_leaving_more_only_because_they_are_at_a_level_where_everyone_leaves_more_have_an_adjusted_ratio_of_one()
    {
        // Level 2: 30% of everyone leave (women 6 of 20, men 3 of 10); level 4: 10% (women 1 of 10, men 4 of 40).
        // Unadjusted: women 7 left, 23 stayed; men 7 and 43: OR = (7/23)/(7/43) = 43/23 = 1.869565. Within each level
        // women's and men's odds are equal, so the model with a level indicator fits exactly with β_woman = 0.
        var scope = ItFunction(Team(
            Woman.AtLevel(2).Left().Times(6), Woman.AtLevel(2).Times(14), Man.AtLevel(2).Left().Times(3), Man.AtLevel(2).Times(7),
            Woman.AtLevel(4).Left().Times(1), Woman.AtLevel(4).Times(9), Man.AtLevel(4).Left().Times(4), Man.AtLevel(4).Times(36)));

        var ratio = scope.Get(MetricIds.AdjustedLeavingOddsRatio);

        Assert.Equal(1, ratio.Value!.Value, 1e-6);
        Assert.Equal(43.0 / 23, ratio.Unadjusted!.Value, 1e-9);
        Assert.True(ratio.CiLow < 1 && ratio.CiHigh > 1);
    }

    [Fact]
    public void Fewer_than_five_women_leavers_give_a_reason_not_a_ratio()
    {
        var scope = ItFunction(Team(Woman.Left().Times(4), Woman.Times(30), Man.Left().Times(20), Man.Times(100)));

        Expect.Missing(scope.Get(MetricIds.AdjustedLeavingOddsRatio), "Needs at least 5 women and 5 men who left");
    }

    [Fact]
    public void Fewer_than_fifty_people_give_a_reason_not_a_ratio()
    {
        var scope = ItFunction(Team(Woman.Left().Times(6), Woman.Times(10), Man.Left().Times(6), Man.Times(20)));

        Expect.Missing(scope.Get(MetricIds.AdjustedLeavingOddsRatio), "50 people in all; there were 6 and 10 women, 6 and 20 men (42 people)");
    }

    [Fact]
    public void Leaving_told_apart_exactly_by_gender_level_and_service_is_separation_and_gives_a_reason()
    {
        // Seven people in each of the eight cells of gender × level 2 or 4 × under a year or 5–10 years' service.
        // Men leave only at level 4 with long service; women stay only at level 2 with short service. Every level
        // and band has leavers and stayers (nothing to merge), each gender has 7 or more of each, but
        // woman + 2·[level 4] + 2·[long service] > 2.5 is exactly who left: the likelihood has no maximum.
        var newcomer = Woman with { StartDate = DuringPeriod };
        var rows = new List<EmployeeRecord>();
        foreach (var gender in new[] { Gender.Female, Gender.Male })
        {
            foreach (var level in new[] { 2, 4 })
            {
                foreach (var start in new[] { DuringPeriod, LongServing })
                {
                    var score = (gender == Gender.Female ? 1 : 0) + (level == 4 ? 2 : 0) + (start == LongServing ? 2 : 0);
                    var person = newcomer with { Gender = gender, Level = level, StartDate = start };
                    rows.AddRange((score > 2.5 ? person.Left() : person).Times(7));
                }
            }
        }

        Expect.Missing(ItFunction(rows).Get(MetricIds.AdjustedLeavingOddsRatio), "(separation)");
    }

    [Fact]
    public void A_level_where_no_one_was_promoted_is_merged_with_the_one_below_rather_than_separating_the_outcome()
    {
        // No one at level 5 was promoted: its own indicator would run to −∞. Merged with level 4, the remaining
        // model has women and men promoted at the same rate everywhere, so β_woman = 0.
        var scope = ItFunction(Team(
            Woman.AtLevel(4).Promoted().Times(6), Woman.AtLevel(4).Times(24), Man.AtLevel(4).Promoted().Times(6), Man.AtLevel(4).Times(24),
            Woman.AtLevel(5).Times(5), Man.AtLevel(5).Times(5)));

        var ratio = scope.Get(MetricIds.AdjustedPromotionOddsRatio);

        Assert.Null(ratio.Reason);
        Assert.Equal(1, ratio.Value!.Value, 1e-6);
    }

    [Fact]
    public void A_raw_pay_gap_that_comes_only_from_women_being_at_the_lower_level_vanishes_after_adjustment()
    {
        // All 12 women are at level 2, paid £20 or £22; of the 18 men, 6 are at level 2 on the same rates and 12 at
        // level 4 on £40 or £44, twice as much. Mean log pay: women m, men m + (12/18)·ln 2, so the raw gap is
        // (1 − 2^(−2/3)) × 100 = 37.003948%; within level 2 women and men are paid alike, so β_woman = 0.
        var scope = ItFunction(Team(
            Paid(Woman.AtLevel(2), 20, 22, 12),
            Paid(Man.AtLevel(2), 20, 22, 6),
            Paid(Man.AtLevel(4), 40, 44, 12)));

        var gap = scope.Get(MetricIds.AdjustedPayGap);

        Assert.Null(gap.Reason);
        Assert.Equal(0, gap.Value!.Value, 1e-9);
        Assert.Equal((1 - Math.Pow(2, -2.0 / 3)) * 100, gap.Unadjusted!.Value, 1e-6);
        Assert.True(gap.CiLow < 0 && gap.CiHigh > 0);
    }

    [Fact]
    public void A_gap_within_each_level_stays_after_adjustment_with_its_t_interval_worked_by_hand()
    {
        // Women are paid 0.9 of men at each level: level 2 has 8 women (£18, £19.80) and 4 men (£20, £22); level 4
        // has 4 women (£36, £39.60) and 8 men (£40, £44). β_woman = ln 0.9, so the gap is 10%. Every person's log pay
        // is ±ln(1.1)/2 = ±0.0476551 from their cell's mean, so RSS = 24 × 0.00227101 = 0.0545042 on 24 − 3 = 21
        // degrees: σ̂² = 0.00259544. The information on β_woman after level is Σ n_w n_m / (n_w + n_m)
        // = 32/12 + 32/12 = 5.333333, so SE = √(0.00259544 / 5.333333) = 0.0220601; t(0.975, 21) = 2.079614 gives
        // ±0.0458765, and the gap's interval is (1 − 0.9·e^(±0.0458765)) × 100 = 5.775%, 14.036%.
        var scope = ItFunction(Team(
            Paid(Woman.AtLevel(2), 18, 19.8, 8), Paid(Man.AtLevel(2), 20, 22, 4),
            Paid(Woman.AtLevel(4), 36, 39.6, 4), Paid(Man.AtLevel(4), 40, 44, 8)));

        var gap = scope.Get(MetricIds.AdjustedPayGap);

        var spread = 2.079614 * Math.Sqrt(24 * Math.Pow(Math.Log(1.1) / 2, 2) / 21 / (16.0 / 3));
        Assert.Equal(10, gap.Value!.Value, 1e-9);
        Assert.Equal((1 - 0.9 * Math.Exp(spread)) * 100, gap.CiLow!.Value, 1e-4);
        Assert.Equal((1 - 0.9 * Math.Exp(-spread)) * 100, gap.CiHigh!.Value, 1e-4);
        Assert.Equal(5.775, gap.CiLow.Value, 1e-3);
        Assert.Equal(14.036, gap.CiHigh.Value, 1e-3);
    }

    [Fact]
    public void Fewer_than_ten_women_with_pay_give_a_reason_not_a_gap()
    {
        var scope = ItFunction(Team(Paid(Woman, 20, 22, 8), Paid(Man, 20, 22, 20)));

        Expect.Missing(scope.Get(MetricIds.AdjustedPayGap), "there were 8 women and 20 men");
    }

    [Fact]
    public void Adjusted_figures_are_absent_when_their_columns_are_not_carried()
    {
        var scope = ItFunction(Team(Woman.Times(3), Man.Times(3)), AllColumnsExcept(ExtractColumns.LeaveDate, ExtractColumns.HourlyPay));

        Assert.Null(scope.Find(MetricIds.AdjustedLeavingOddsRatio));
        Assert.Null(scope.Find(MetricIds.AdjustedPayGap));
        Assert.Null(scope.Find(MetricIds.ProjectionHiringShareNeeded));
        Assert.NotNull(scope.Find(MetricIds.AdjustedPromotionOddsRatio));
    }

    /// <summary><paramref name="count"/> copies, half on each rate.</summary>
    private static IEnumerable<EmployeeRecord> Paid(EmployeeRecord row, double low, double high, int count) =>
        row.Times(count).Select((r, i) => r with { HourlyPay = i % 2 == 0 ? low : high });
}
