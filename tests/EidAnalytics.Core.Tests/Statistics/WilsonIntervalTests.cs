using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class WilsonIntervalTests
{
    [Fact]
    public void Twelve_of_sixty_four_gives_the_interval_in_the_design()
    {
        // z = 1.959964, z² = 3.841459, x = 12, n = 64.
        // 4x(1 − x/n) = 48 × 0.8125 = 39;  √(z² + 39) = √42.841459 = 6.545339;  z × 6.545339 = 12.828629
        // 2(n + z²) = 135.682918;  2x + z² = 27.841459
        // L = (27.841459 − 12.828629) / 135.682918 = 15.012830 / 135.682918 = 0.110647
        // U = (27.841459 + 12.828629) / 135.682918 = 40.670088 / 135.682918 = 0.299744
        var interval = ConfidenceIntervals.Wilson(12, 64);

        Assert.Equal(0.110647, interval.Low, 1e-4);
        Assert.Equal(0.299744, interval.High, 1e-4);
    }

    [Fact]
    public void No_successes_gives_a_lower_end_of_exactly_zero()
    {
        // x = 0: L = (z² − z·√z²) / 2(n + z²) = 0;  U = 2z² / 2(10 + z²) = 3.841459 / 13.841459 = 0.277533
        var interval = ConfidenceIntervals.Wilson(0, 10);

        Assert.Equal(0.0, interval.Low);
        Assert.Equal(0.277533, interval.High, 1e-4);
    }

    [Theory]
    [InlineData(10, 0.722467)] // L = (20 + z² − z²) / 2(10 + z²) = 20 / 27.682918 = 0.722467
    [InlineData(4, 0.510109)]  // L = 8 / 2(4 + z²) = 8 / 15.682918 = 0.510109; unclamped, U would round to 0.9999999999999999
    public void All_successes_gives_an_upper_end_of_exactly_one(int n, double low)
    {
        var interval = ConfidenceIntervals.Wilson(n, n);

        Assert.Equal(low, interval.Low, 1e-4);
        Assert.Equal(1.0, interval.High);
    }

    [Fact]
    public void One_of_one_has_a_lower_end_of_one_over_one_plus_z_squared()
    {
        // L = 1 / (1 + z²) = 1 / 4.841459 = 0.206549
        var interval = ConfidenceIntervals.Wilson(1, 1);

        Assert.Equal(0.206549, interval.Low, 1e-4);
        Assert.Equal(1.0, interval.High);
    }

    [Fact]
    public void A_fractional_count_is_allowed_for_weighted_shares()
    {
        // x = 2.5, n = 6: 4x(1 − x/n) = 10 × 0.583333 = 5.833333;  √(3.841459 + 5.833333) = 3.110433
        // z × 3.110433 = 6.096337;  2x + z² = 8.841459;  2(n + z²) = 19.682918
        // L = 2.745122 / 19.682918 = 0.139467;  U = 14.937796 / 19.682918 = 0.758922
        var interval = ConfidenceIntervals.Wilson(2.5, 6);

        Assert.Equal(0.139467, interval.Low, 1e-4);
        Assert.Equal(0.758922, interval.High, 1e-4);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    public void Impossible_counts_are_refused(double successes, double trials) =>
        Assert.ThrowsAny<ArgumentException>(() => ConfidenceIntervals.Wilson(successes, trials));
}
