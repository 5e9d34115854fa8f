using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class PoissonExactTests
{
    // Published exact (Garwood) 95% limits for a Poisson count, e.g. the tables in Ulm (1990), Am J Epidemiol
    // 131:373–375; each is the μ where P(X ≥ x; μ) = 0.025 (lower) or P(X ≤ x; μ) = 0.025 (upper).
    [Theory]
    [InlineData(0, 0.0, 3.688879)]
    [InlineData(1, 0.025318, 5.571643)]
    [InlineData(3, 0.618672, 8.767273)]
    [InlineData(7, 2.814363, 14.422675)]
    [InlineData(10, 4.795389, 18.390356)]
    public void Exact_limits_match_the_published_tables(int events, double low, double high)
    {
        var interval = ConfidenceIntervals.PoissonExact(events);

        Assert.Equal(low, interval.Low, 1e-4);
        Assert.Equal(high, interval.High, 1e-4);
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => ConfidenceIntervals.PoissonExact(-1));
}
