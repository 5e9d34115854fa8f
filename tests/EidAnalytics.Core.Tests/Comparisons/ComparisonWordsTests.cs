using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Comparisons;

public sealed class ComparisonWordsTests
{
    private const string Uncertain = "the rate of change is too uncertain to bound the year";

    [Fact]
    public void A_fitted_year_within_the_century_is_printed()
    {
        // Share 0.15 rising 0.01 a year from 2025: 0.30 is reached 15 years on, in 2040.
        var trajectory = new TrajectoryResult(TrajectoryStatus.Projected, SlopePerYear: 0.01, YearReached: 2040.2, Reason: Uncertain);

        Assert.Equal($"No reliable year: {Uncertain} (the fitted line reaches it in 2040)", ComparisonWords.Trajectory(trajectory, 0.30));
    }

    [Fact]
    public void A_fitted_year_past_2100_is_not_printed_as_a_forecast()
    {
        // Share 0.179 rising 0.00001 a year: 0.30 is (0.30 − 0.179) / 0.00001 = 12,100 years on.
        var trajectory = new TrajectoryResult(TrajectoryStatus.Projected, SlopePerYear: 0.00001, YearReached: 14125, Reason: Uncertain);

        Assert.Equal($"No reliable year: {Uncertain} (the fitted line would not reach it before 2100)", ComparisonWords.Trajectory(trajectory, 0.30));
    }
}
