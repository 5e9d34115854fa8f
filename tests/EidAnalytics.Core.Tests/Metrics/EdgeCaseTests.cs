using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class EdgeCaseTests
{
    [Fact]
    public void An_empty_extract_gives_every_id_with_no_value_and_a_reason()
    {
        var scope = ItFunction([]);

        Assert.Equal(MetricIds.All, scope.Metrics.Select(m => m.Id));
        Assert.All(scope.Metrics, m =>
        {
            Assert.Null(m.Value);
            Assert.False(string.IsNullOrWhiteSpace(m.Reason), $"{m.Id} has no reason");
        });
    }

    [Fact]
    public void A_team_of_women_only_has_a_women_share_of_one_and_no_comparisons_with_men()
    {
        var rows = Team(Woman.Times(4).Select(r => r with { HourlyPay = 20 }), Woman.Promoted().Left().Times(1));

        var scope = ItFunction(rows);

        // 4/4 = 1; Wilson 4/4: L = 8 / 2(4 + z²) = 8 / 15.682918 = 0.510109, U = 1
        Expect.Figure(scope.Get(MetricIds.WomenShare), 1, 4, 4, 0.510109, 1);
        Expect.Missing(scope.Get(MetricIds.TurnoverRateMen), "No men");
        Expect.Missing(scope.Get(MetricIds.PromotionRateMen), "No men");
        Expect.Missing(scope.Get(MetricIds.LeavingRelativeLikelihood), "there were 1 and 0");
        Expect.Missing(scope.Get(MetricIds.PromotionRelativeLikelihood), "there were 0 and 0");
        Expect.Missing(scope.Get(MetricIds.PayMeanGap), "there were 4 women and 0 men");
        // every quartile holds one woman: 1/1
        Expect.Figure(scope.Get(MetricIds.PayQuartile1WomenShare), 1, 1, 1);
    }

    [Fact]
    public void A_team_of_one_woman_is_above_the_baseline_band_because_even_one_of_one_has_a_lower_end_over_sixteen_percent()
    {
        // 1/1: Wilson L = 1 / (1 + z²) = 0.206549 > 0.16
        var scope = ItFunction(Team([Woman]));

        Expect.Figure(scope.Get(MetricIds.WomenShare), 1, 1, 1, 0.206549, 1);
        Assert.Equal(MetricCategories.Above, scope.Get(MetricIds.BaselineBand).Category);
    }

    [Fact]
    public void A_team_of_one_man_is_within_the_baseline_band_because_its_interval_is_so_wide()
    {
        // 0/1: Wilson 0–0.793451, which overlaps 0.12–0.16
        var scope = ItFunction(Team([Man]));

        Expect.Figure(scope.Get(MetricIds.WomenShare), 0, 0, 1, 0, 0.793451);
        Assert.Equal(MetricCategories.Within, scope.Get(MetricIds.BaselineBand).Category);
    }

    [Fact]
    public void A_team_of_four_gives_figures_with_wide_intervals_and_one_person_per_pay_quartile()
    {
        var rows = Team(
        [
            Woman with { HourlyPay = 30 }, Man with { HourlyPay = 10 }, Man with { HourlyPay = 20 }, Man with { HourlyPay = 40 },
        ]);

        var scope = ItFunction(rows);

        // 1/4 = 0.25; Wilson 1/4: 0.045587–0.699358
        Expect.Figure(scope.Get(MetricIds.WomenShare), 0.25, 1, 4, 0.045587, 0.699358);
        // ranked £10 M | £20 M | £30 W | £40 M
        Expect.Figure(scope.Get(MetricIds.PayQuartile3WomenShare), 1, 1, 1);
        Expect.Figure(scope.Get(MetricIds.PayQuartile4WomenShare), 0, 0, 1);
        // men's mean (10 + 20 + 40) / 3 = 23.333333; (23.333333 − 30) / 23.333333 × 100 = −28.571429
        Expect.Figure(scope.Get(MetricIds.PayMeanGap), -28.571429, -6.666667, 23.333333);
    }

    [Fact]
    public void Undisclosed_gender_counts_in_turnover_and_declaration_but_not_in_any_women_share()
    {
        var scope = ItFunction(Team(Undisclosed.Times(3), Undisclosed.Left().Times(1)));

        Expect.Missing(scope.Get(MetricIds.WomenShare), "has a recorded gender");
        Expect.Missing(scope.Get(MetricIds.BaselineBand), "has a recorded gender");
        // 0 / 3 declared
        Expect.Figure(scope.Get(MetricIds.DeclarationRateGender), 0, 0, 3);
        // 1 leaver / ((4 + 3) / 2) = 1 / 3.5 = 0.285714
        Expect.Figure(scope.Get(MetricIds.TurnoverRate), 0.285714, 1, 3.5);
    }
}
