using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class RetentionMetricsTests
{
    /// <summary>
    /// Women: 8 long-serving stayers; 2 long-serving leavers (voluntary, involuntary); 2 joiners still employed;
    /// 1 joiner who left (voluntary). S0 = 10, S1 = 10, leavers 3 (2 voluntary), rows 13.
    /// Men: 15 stayers; 3 long-serving leavers (voluntary, retirement, end of contract); 5 joiners still employed.
    /// S0 = 18, S1 = 20, leavers 3 (1 voluntary), rows 23.
    /// Undisclosed: 1 stayer, 1 long-serving leaver (other). S0 = 2, S1 = 1, leavers 1.
    /// Everyone: S0 = 30, S1 = 31, leavers 7 (3 voluntary).
    /// </summary>
    private static readonly List<EmployeeRecord> Team2025 = Team(
        Woman.Times(8), [Woman.Left(LeaveReason.Voluntary), Woman.Left(LeaveReason.Involuntary)],
        Woman.Joined().Times(2), [Woman.Joined().Left(LeaveReason.Voluntary)],
        Man.Times(15), [Man.Left(LeaveReason.Voluntary), Man.Left(LeaveReason.Retirement), Man.Left(LeaveReason.EndOfContract)],
        Man.Joined().Times(5),
        [Undisclosed, Undisclosed.Left(LeaveReason.Other)]);

    [Fact]
    public void Turnover_is_leavers_over_the_average_of_the_head_counts_at_the_start_and_the_end()
    {
        var scope = ItFunction(Team2025);

        // everyone: 7 / ((30 + 31) / 2) = 7 / 30.5 = 0.229508
        // exact Poisson 95% limits for 7 are 2.814363 and 14.422675, / 30.5 = 0.092274–0.472875
        Expect.Figure(scope.Get(MetricIds.TurnoverRate), 0.229508, 7, 30.5, 0.092274, 0.472875);
        // women: 3 / ((10 + 10) / 2) = 3 / 10 = 0.3; Poisson limits for 3 are 0.618672 and 8.767273, / 10
        Expect.Figure(scope.Get(MetricIds.TurnoverRateWomen), 0.3, 3, 10, 0.061867, 0.876727);
        // men: 3 / ((18 + 20) / 2) = 3 / 19 = 0.157895; limits / 19 = 0.032562–0.461435
        Expect.Figure(scope.Get(MetricIds.TurnoverRateMen), 0.157895, 3, 19, 0.032562, 0.461435);
    }

    [Fact]
    public void Voluntary_turnover_counts_only_leavers_who_chose_to_go()
    {
        var scope = ItFunction(Team2025);

        // everyone: (2 women + 1 man) / 30.5 = 3 / 30.5 = 0.098361; limits for 3 / 30.5 = 0.020284–0.287452
        Expect.Figure(scope.Get(MetricIds.VoluntaryTurnoverRate), 0.098361, 3, 30.5, 0.020284, 0.287452);
        // women: 2 / 10 = 0.2; limits for 2 are 0.242209 and 7.224688, / 10
        Expect.Figure(scope.Get(MetricIds.VoluntaryTurnoverRateWomen), 0.2, 2, 10, 0.024221, 0.722469);
        // men: 1 / 19 = 0.052632; limits for 1 are 0.025318 and 5.571643, / 19
        Expect.Figure(scope.Get(MetricIds.VoluntaryTurnoverRateMen), 0.052632, 1, 19, 0.001333, 0.293244);
    }

    [Fact]
    public void Stability_index_is_the_share_of_the_starting_head_count_still_employed_at_the_snapshot()
    {
        var scope = ItFunction(Team2025);

        // everyone: (8 + 15 + 1) / 30 = 24 / 30 = 0.8; Wilson 24/30: 0.626943–0.904949
        Expect.Figure(scope.Get(MetricIds.StabilityIndex), 0.8, 24, 30, 0.626943, 0.904949);
        // women: 8 / 10 = 0.8; Wilson 8/10: 0.490162–0.943318 (the joiner who left is in neither count)
        Expect.Figure(scope.Get(MetricIds.StabilityIndexWomen), 0.8, 8, 10, 0.490162, 0.943318);
        // men: 15 / 18 = 0.833333; Wilson 15/18: 0.607780–0.941634
        Expect.Figure(scope.Get(MetricIds.StabilityIndexMen), 0.833333, 15, 18, 0.607780, 0.941634);
    }

    [Fact]
    public void Leaving_relative_likelihood_compares_leavers_over_every_row_of_each_gender()
    {
        // women 3 / 13 rows = 0.230769; men 3 / 23 rows = 0.130435; R = 0.230769 / 0.130435 = 23/13 = 1.769231
        // SE = √(1/3 − 1/13 + 1/3 − 1/23) = √(0.333333 − 0.076923 + 0.333333 − 0.043478) = √0.546266 = 0.739098
        // z × SE = 1.448611;  L = 1.769231 × e^−1.448611 = 1.769231 × 0.234897 = 0.415588
        //                     U = 1.769231 × e^1.448611 = 1.769231 × 4.257192 = 7.531917
        var metric = ItFunction(Team2025).Get(MetricIds.LeavingRelativeLikelihood);

        Expect.Figure(metric, 1.769231, 0.230769, 0.130435, 0.415588, 7.531917);
        Assert.Null(metric.Category);
    }

    [Fact]
    public void When_nobody_left_turnover_is_zero_stability_is_one_and_the_likelihood_says_why()
    {
        var scope = ItFunction(Team(Woman.Times(4), Man.Times(6)));

        // 0 / ((10 + 10) / 2) = 0; exact Poisson upper limit for 0 is 3.688879, / 10 = 0.368888
        Expect.Figure(scope.Get(MetricIds.TurnoverRate), 0, 0, 10, 0, 0.368888);
        Expect.Figure(scope.Get(MetricIds.VoluntaryTurnoverRate), 0, 0, 10, 0, 0.368888);
        // 10 / 10 = 1; Wilson 10/10: 0.722467–1
        Expect.Figure(scope.Get(MetricIds.StabilityIndex), 1, 10, 10, 0.722467, 1);
        Expect.Missing(scope.Get(MetricIds.LeavingRelativeLikelihood), "there were 0 and 0");
    }

    [Fact]
    public void With_no_women_leavers_the_leaving_likelihood_is_undefined_not_zero()
    {
        var scope = ItFunction(Team(Woman.Times(5), Man.Times(5), Man.Left().Times(2)));

        Expect.Missing(scope.Get(MetricIds.LeavingRelativeLikelihood), "at least one leaver among women and among men, and there were 0 and 2");
        // women's own turnover is still defined: 0 / ((5 + 5) / 2) = 0
        Expect.Figure(scope.Get(MetricIds.TurnoverRateWomen), 0, 0, 5);
    }

    [Fact]
    public void With_no_men_leavers_the_leaving_likelihood_is_undefined_not_infinite()
    {
        var scope = ItFunction(Team(Woman.Times(5), Woman.Left().Times(1), Man.Times(5)));

        Expect.Missing(scope.Get(MetricIds.LeavingRelativeLikelihood), "there were 1 and 0");
    }

    [Fact]
    public void A_team_that_all_joined_and_left_within_the_year_has_no_average_head_count()
    {
        // S0 = 0 and S1 = 0, so the average head count is 0: every turnover rate and stability index is missing.
        var scope = ItFunction(Team(Woman.Joined().Left().Times(2), Man.Joined().Left().Times(1)));

        Expect.Missing(scope.Get(MetricIds.TurnoverRate), "no average head count");
        Expect.Missing(scope.Get(MetricIds.StabilityIndexMen), "12 months before the snapshot date");
        // both genders left at the same rate: (2/2) / (1/1) = 1
        Expect.Figure(scope.Get(MetricIds.LeavingRelativeLikelihood), 1, 1, 1, 1, 1);
    }

    [Fact]
    public void Turnover_can_exceed_one_when_joiners_also_leave()
    {
        // 1 long-serving woman left, 3 joiners left, 1 woman stays: S0 = 2, S1 = 1, leavers 4
        // 4 / ((2 + 1) / 2) = 4 / 1.5 = 2.666667 leavers per average post
        var scope = ItFunction(Team([Woman, Woman.Left()], Woman.Joined().Left().Times(3)));

        Expect.Figure(scope.Get(MetricIds.TurnoverRateWomen), 2.666667, 4, 1.5);
    }
}
