using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class DescriptiveTests
{
    [Fact]
    public void The_mean_is_the_sum_over_the_count()
    {
        // (10 + 12 + 14 + 20) / 4 = 56 / 4 = 14
        Assert.Equal(14.0, Descriptive.Mean([10, 12, 14, 20]), 1e-12);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value() =>
        Assert.Equal(18.0, Descriptive.MedianOfSorted([12, 16, 18, 20, 24]));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        // (12 + 14) / 2 = 13
        Assert.Equal(13.0, Descriptive.MedianOfSorted([10, 12, 14, 20]));
    }

    [Fact]
    public void Averages_of_nothing_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Descriptive.Mean([]));
        Assert.Throws<ArgumentException>(() => Descriptive.MedianOfSorted([]));
    }
}
