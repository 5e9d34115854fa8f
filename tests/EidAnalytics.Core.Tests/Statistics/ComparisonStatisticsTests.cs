using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public sealed class ComparisonStatisticsTests
{
    [Fact]
    public void Funnel_limits_at_n_20_around_a_benchmark_of_14_percent_at_z_1_96_match_the_hand_worked_values()
    {
        // E = 20 × 0.14 = 2.8; z² = 3.8416; √(z² + 4E(1 − E/N)) = √(3.8416 + 11.2 × 0.86) = √13.4736 = 3.67064;
        // L = (5.6 + 3.8416 − 1.96 × 3.67064) / (2 × 23.8416) = 2.24714 / 47.6832 = 0.047127;
        // U = (9.4416 + 7.19445) / 47.6832 = 0.348887.
        var limits = ControlLimits.Around(0.14, 20, 1.96);

        Assert.Equal(0.047127, limits.Low, 6);
        Assert.Equal(0.348887, limits.High, 6);
    }

    [Fact]
    public void The_998_limits_at_n_20_are_wider_than_the_95_limits()
    {
        // The same formula with z = 3.090232: L = 0.027333, U = 0.485350.
        var limits = ControlLimits.Around(0.14, 20, ControlLimits.Z998);

        Assert.Equal(0.027333, limits.Low, 6);
        Assert.Equal(0.485350, limits.High, 6);
    }

    [Theory]
    [InlineData(3, 20, BenchmarkComparison.Similar)]      // 15%: inside 4.7%–34.9%
    [InlineData(8, 20, BenchmarkComparison.HigherAt95)]   // 40%: above 34.9%, below 48.5%
    [InlineData(10, 20, BenchmarkComparison.HigherAt998)] // 50%: above 48.5%
    [InlineData(0, 20, BenchmarkComparison.LowerAt998)]   // 0%: below 2.7%
    public void A_share_is_compared_with_the_limits_at_its_own_denominator(long count, long denominator, BenchmarkComparison expected)
    {
        var comparison = ControlLimits.Compare(count, denominator, 0.14);

        Assert.Equal(expected, comparison);
    }

    [Fact]
    public void The_trend_test_matches_a_hand_worked_chi_square_and_is_not_significant_at_99_8_percent()
    {
        // O = 10, 12, 15, 18, 22 of 100 each, x = 1..5: p̄ = 77/500 = 0.154; Σx(O − 15.4) = 30;
        // Σnx² − (Σnx)²/Σn = 5500 − 4500 = 1000; X² = 900 / (0.154 × 0.846 × 1000) = 6.9080.
        // Significant at 95% (3.84) but not at 99.8% (3.090232² = 9.5495).
        var series = new[] { (1, 10), (2, 12), (3, 15), (4, 18), (5, 22) }.Select(p => new TrendPoint(p.Item1, p.Item2, 100)).ToList();

        var result = LinearTrend.Test(series);

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
        Assert.Equal(6.9080, result.ChiSquare!.Value, 4);
        Assert.Equal(TrendDirection.Increasing, LinearTrend.Test(series, ConfidenceIntervals.Z95).Direction);
    }

    [Fact]
    public void Four_times_the_people_with_the_same_shares_is_a_significant_increase_and_reversed_a_decrease()
    {
        // The same shares of 400 each: Σx(O − 61.6) = 120, spread 4000, X² = 14400 / (0.130284 × 4000) = 27.632.
        var rising = ((int[])[40, 48, 60, 72, 88]).Select((o, i) => new TrendPoint(2021 + i, o, 400)).ToList();
        var falling = ((int[])[88, 72, 60, 48, 40]).Select((o, i) => new TrendPoint(2021 + i, o, 400)).ToList();

        var up = LinearTrend.Test(rising);

        Assert.Equal(TrendDirection.Increasing, up.Direction);
        Assert.Equal(27.632, up.ChiSquare!.Value, 3);
        Assert.Equal(TrendDirection.Decreasing, LinearTrend.Test(falling).Direction);
    }

    [Fact]
    public void Only_the_last_five_points_are_tested_and_fewer_cannot_be_calculated()
    {
        var four = Enumerable.Range(0, 4).Select(i => new TrendPoint(2021 + i, 10 * i, 100)).ToList();
        // An early collapse followed by five flat years: no significant change over the last five.
        var six = new[] { new TrendPoint(2019, 90, 100) }.Concat(Enumerable.Range(0, 5).Select(i => new TrendPoint(2020 + i, 15, 100))).ToList();

        Assert.Equal(TrendDirection.CannotBeCalculated, LinearTrend.Test(four).Direction);
        Assert.Equal(TrendDirection.NoSignificantChange, LinearTrend.Test(six).Direction);
    }

    [Fact]
    public void A_perfect_straight_line_reaches_the_target_in_the_year_the_line_crosses_it()
    {
        // 10%, 12%, … 18% from 2021: +2 points a year, 30% in 2021 + 20 / 2 = 2031, with no residual spread.
        var points = Enumerable.Range(0, 5).Select(i => (2021.0 + i, 0.10 + (0.02 * i))).ToList();

        var result = Trajectory.ToTarget(points, 0.30);

        Assert.Equal(TrajectoryStatus.Projected, result.Status);
        Assert.Equal(2031, result.YearReached!.Value, 6);
        Assert.Equal(2031, result.YearLow!.Value, 4);
        Assert.Equal(2031, result.YearHigh!.Value, 4);
    }

    [Fact]
    public void A_noisy_line_gives_the_year_with_its_inverse_prediction_interval()
    {
        // y = 10, 13, 13, 16, 17%: b = 0.017 a year, ȳ = 0.138, x̄ = 2023, s² = 6.3333e-5, Sxx = 10, t(3, 0.975) = 3.18245;
        // x₀ = 2023 + 0.162 / 0.017 = 2032.53; the band-crossing roots give 2029.43 and 2041.07.
        var points = ((double[])[0.10, 0.13, 0.13, 0.16, 0.17]).Select((v, i) => (2021.0 + i, v)).ToList();

        var result = Trajectory.ToTarget(points, 0.30);

        Assert.Equal(0.017, result.SlopePerYear!.Value, 9);
        Assert.Equal(2032.529, result.YearReached!.Value, 3);
        Assert.Equal(2029.43, result.YearLow!.Value, 2);
        Assert.Equal(2041.07, result.YearHigh!.Value, 2);
    }

    [Fact]
    public void A_falling_or_flat_share_never_reaches_the_target_and_two_points_cannot_be_fitted()
    {
        var falling = ((double[])[0.20, 0.19, 0.18]).Select((v, i) => (2021.0 + i, v)).ToList();

        Assert.Equal(TrajectoryStatus.NotAtThisRate, Trajectory.ToTarget(falling, 0.30).Status);
        Assert.Equal(TrajectoryStatus.Reached, Trajectory.ToTarget(falling, 0.15).Status);
        Assert.Equal(TrajectoryStatus.CannotBeCalculated, Trajectory.ToTarget(falling.Take(2).ToList(), 0.30).Status);
    }

    [Fact]
    public void Rank_intervals_are_narrow_for_clearly_different_teams_and_span_both_ranks_for_identical_ones()
    {
        var clear = RankIntervals.Simulate([(50, 1000), (500, 1000), (300, 1000)]);
        var tied = RankIntervals.Simulate([(20, 100), (20, 100)]);

        Assert.Equal(new RankInterval(3, 3, 3), clear[0]);
        Assert.Equal(new RankInterval(1, 1, 1), clear[1]);
        Assert.Equal(new RankInterval(2, 2, 2), clear[2]);
        Assert.All(tied, r => Assert.Equal(new RankInterval(1, 1, 2), r));
    }

    [Fact]
    public void Four_identical_teams_below_a_clear_leader_each_span_ranks_2_to_5()
    {
        // 90% of 1,000 is far above 20% of 100, so the leader is 1st in every simulation. The other four are
        // exchangeable: each takes ranks 2, 3, 4 and 5 about 500 times in 2,000, so its 2.5th percentile is 2
        // and its 97.5th is 5, and all four share the observed rank 2 (ties share the best rank).
        var ranks = RankIntervals.Simulate([(900, 1000), (20, 100), (20, 100), (20, 100), (20, 100)]);

        Assert.Equal(new RankInterval(1, 1, 1), ranks[0]);
        Assert.All(ranks.Skip(1), r => Assert.Equal(new RankInterval(2, 2, 5), r));
    }

    [Fact]
    public void Rank_intervals_are_the_same_every_time()
    {
        (long, long)[] items = [(3, 20), (5, 25), (12, 60), (9, 30)];

        Assert.Equal(RankIntervals.Simulate(items), RankIntervals.Simulate(items));
    }
}
