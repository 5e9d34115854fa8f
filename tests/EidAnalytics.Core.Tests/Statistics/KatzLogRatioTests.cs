using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class KatzLogRatioTests
{
    [Fact]
    public void Three_of_ten_against_six_of_thirty_is_one_and_a_half_with_the_log_interval()
    {
        // R = (3/10) / (6/30) = 0.3 / 0.2 = 1.5
        // SE(ln R) = √(1/3 − 1/10 + 1/6 − 1/30) = √(0.333333 − 0.1 + 0.166667 − 0.033333) = √0.366667 = 0.605530
        // z × SE = 1.959964 × 0.605530 = 1.186817;  e^−1.186817 = 0.305191;  e^1.186817 = 3.276635
        // L = 1.5 × 0.305191 = 0.457787;  U = 1.5 × 3.276635 = 4.914953
        var estimate = ConfidenceIntervals.KatzLogRatio(3, 10, 6, 30);

        Assert.NotNull(estimate);
        Assert.Equal(1.5, estimate.Value.Ratio, 1e-6);
        Assert.Equal(0.457787, estimate.Value.Interval.Low, 1e-4);
        Assert.Equal(4.914953, estimate.Value.Interval.High, 1e-4);
    }

    [Theory]
    [InlineData(0, 10, 3, 20)]
    [InlineData(3, 10, 0, 20)]
    [InlineData(0, 0, 3, 20)]
    [InlineData(3, 10, 0, 0)]
    public void A_zero_count_leaves_the_ratio_undefined(int eventsA, int sizeA, int eventsB, int sizeB) =>
        Assert.Null(ConfidenceIntervals.KatzLogRatio(eventsA, sizeA, eventsB, sizeB));

    [Fact]
    public void Identical_groups_give_exactly_one()
    {
        var estimate = ConfidenceIntervals.KatzLogRatio(7, 23, 7, 23);

        Assert.Equal(1.0, estimate!.Value.Ratio);
    }

    [Fact]
    public void When_everyone_in_both_groups_has_the_event_the_interval_is_a_point()
    {
        // SE = √(1/5 − 1/5 + 1/4 − 1/4) = 0, so L = U = R = 1
        var estimate = ConfidenceIntervals.KatzLogRatio(5, 5, 4, 4)!.Value;

        Assert.Equal(1.0, estimate.Interval.Low, 1e-12);
        Assert.Equal(1.0, estimate.Interval.High, 1e-12);
    }

    [Fact]
    public void More_events_than_people_are_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => ConfidenceIntervals.KatzLogRatio(4, 3, 1, 3));
}
