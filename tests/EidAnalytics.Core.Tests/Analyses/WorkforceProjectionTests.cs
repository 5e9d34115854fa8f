using EidAnalytics.Core.Analyses;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Tests.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Analyses;

public sealed class WorkforceProjectionTests
{
    private static readonly LevelFlow Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Two levels of 90 people each. Level 1: 36 women and 54 others at the snapshot, of 40 and 60 in the year
    /// (4 and 6 left: q = 0.1 for both); 4 women and 6 others joined. Level 2: 27 women and 63 others, of 30 and 70
    /// (q = 0.1); 4 women and 6 others were promoted into it, so p = 4/(36 + 4) = 6/(54 + 6) = 0.1; 2 women and
    /// 8 others joined. Women's share of hires: 0.4 at level 1, 0.2 at level 2.
    /// </summary>
    private static readonly LevelFlow[] TwoLevels =
    [
        new(36, 54, 40, 60, 4, 6, 0, 0, 4, 6),
        new(27, 63, 30, 70, 3, 7, 4, 6, 2, 8),
        Empty, Empty, Empty, Empty,
    ];

    [Fact]
    public void A_year_of_the_two_level_workforce_is_worked_by_hand()
    {
        // Level 2: 0.9 × 90 = 81 stay, so 9 posts fall vacant; 0.1 × 0.9 × 90 = 8.1 are promoted from level 1 and
        // 0.9 are hired. Women at level 2: 0.9 × 27 + 0.1 × 0.9 × 36 + 0.2 × 0.9 = 24.3 + 3.24 + 0.18 = 27.72.
        // Level 1: 81 − 8.1 = 72.9 remain, 17.1 are hired. Women: 32.4 − 3.24 + 0.4 × 17.1 = 36.
        // Share: (36 + 27.72) / 180 = 0.354.
        var projected = WorkforceProjection.Project(TwoLevels, 1);

        Assert.Equal(0.354, projected.WomenShare[0]!.Value, 1e-12);
        Assert.Null(projected.LeadershipShare[0]);
    }

    [Fact]
    public void The_two_level_workforce_settles_at_the_steady_state_worked_by_hand()
    {
        // At the steady state, level 1: s₁ = 0.81 s₁ + 0.19 × 0.4, so s₁ = 0.4; level 2: 90 s₂ = 81 s₂ + 8.1 s₁ + 0.9 × 0.2,
        // so s₂ = 0.9 s₁ + 0.1 × 0.2 = 0.38. Both levels are 90, so the share is (0.4 + 0.38) / 2 = 0.39.
        var projected = WorkforceProjection.Project(TwoLevels, 400);

        Assert.Equal(0.39, projected.WomenShare[^1]!.Value, 1e-9);
    }

    [Fact]
    public void The_hiring_share_needed_in_the_long_run_is_the_target_itself_when_rates_are_the_same_for_women()
    {
        // With one hiring share h everywhere the steady state is s₁ = h and s₂ = 0.9h + 0.1h = h.
        Assert.Equal(0.5, WorkforceProjection.HiringShareNeeded(TwoLevels, 0.5, 400)!.Value, 1e-6);
    }

    [Fact]
    public void A_target_beyond_what_hiring_only_women_reaches_cannot_be_reached_and_one_already_met_needs_none()
    {
        // In a year, hiring only women: level 1 has 29.16 + 17.1 = 46.26 women and level 2 24.3 + 3.24 + 0.9 = 28.44,
        // a share of 74.7 / 180 = 0.415.
        Assert.Null(WorkforceProjection.HiringShareNeeded(TwoLevels, 0.42, 1));
        Assert.NotNull(WorkforceProjection.HiringShareNeeded(TwoLevels, 0.41, 1));
        Assert.Equal(0, WorkforceProjection.HiringShareNeeded(TwoLevels, 0.2, 1));
    }

    [Fact]
    public void Promotions_wait_for_vacancies_above_so_each_levels_head_count_holds()
    {
        // Nobody leaves level 2, so it has no vacancies, and the third of level 1's women who would be promoted
        // stay where they are: the share stays (10 + 10) / 60 for ever instead of women moving up into a growing level.
        LevelFlow[] levels = [new(10, 30, 10, 30, 0, 0, 0, 0, 0, 0), new(10, 10, 10, 10, 0, 0, 5, 5, 0, 0), Empty, Empty, Empty, Empty];

        var projected = WorkforceProjection.Project(levels, 5);

        Assert.All(projected.WomenShare, share => Assert.Equal(1.0 / 3, share!.Value, 1e-12));
    }

    [Fact]
    public void The_bootstrap_gives_the_same_intervals_for_the_same_seed_and_others_for_another()
    {
        var first = WorkforceProjection.Bootstrap(TwoLevels, 5, seed: 7);
        var again = WorkforceProjection.Bootstrap(TwoLevels, 5, seed: 7);
        var other = WorkforceProjection.Bootstrap(TwoLevels, 5, seed: 8);

        Assert.Equal(first.WomenShare, again.WomenShare);
        Assert.NotEqual(first.WomenShare, other.WomenShare);
    }

    [Fact]
    public void The_bootstrap_interval_surrounds_the_projection_at_the_observed_rates()
    {
        var point = WorkforceProjection.Project(TwoLevels, 5);
        var intervals = WorkforceProjection.Bootstrap(TwoLevels, 5, seed: 7);

        for (var year = 0; year < 5; year++)
        {
            var share = intervals.WomenShare[year]!.Value;
            Assert.InRange(point.WomenShare[year]!.Value, share.Low, share.High);
            Assert.InRange(share.Median, share.Low, share.High);
            Assert.True(share.High - share.Low > 0.005, "the rates' uncertainty should widen the interval");
        }
    }

    [Fact]
    public void The_metrics_carry_each_years_share_and_the_hiring_share_needed_or_say_it_cannot_be_reached()
    {
        var scope = ItFunction(Team(
            Woman.AtLevel(1).Times(20), Man.AtLevel(1).Left().Times(10), Man.AtLevel(1).Times(70),
            Woman.AtLevel(5).Times(2), Man.AtLevel(5).Times(8)));

        Assert.All(MetricIds.ProjectionWomenShare, id => Assert.NotNull(scope.Get(id).Value));
        Assert.All(MetricIds.ProjectionLeadershipShare, id => Assert.NotNull(scope.Get(id).Value));
        var reachable = scope.Get(MetricIds.ProjectionHiringShareNeeded);
        Assert.InRange(reachable.Value!.Value, 0, 1);

        var ambitious = ItFunction(Team(Woman.Times(2), Man.Times(98)), options: MetricOptions.Default with { ProjectionTarget = 0.9, ProjectionYear = 1 });
        Expect.Missing(ambitious.Get(MetricIds.ProjectionHiringShareNeeded), "cannot be reached by hiring alone");
    }
}
