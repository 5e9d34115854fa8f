using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Tests.Statistics;

public class PoissonExactTests
{
    // Exact (Garwood) 95% limits for a Poisson count, worked independently of the gamma quantiles by solving
    // for the μ where P(X ≥ x; μ) = 0.025 (lower) or P(X ≤ x; μ) = 0.025 (upper) on the Poisson sums;
    // they agree with the usual published tables (0 → 0–3.689, 1 → 0.0253–5.572, 3 → 0.619–8.767).
    [Theory]
    [InlineData(0, 0.0, 3.688879)]
    [InlineData(1, 0.025318, 5.571643)]
    [InlineData(3, 0.618672, 8.767273)]
    [InlineData(7, 2.814363, 14.422675)]
    [InlineData(10, 4.795389, 18.390356)]
    public void Exact_limits_match_the_limits_worked_from_the_Poisson_sums(int events, double low, double high)
    {
        var interval = ConfidenceIntervals.PoissonExact(events);

        Assert.Equal(low, interval.Low, 1e-4);
        Assert.Equal(high, interval.High, 1e-4);
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => ConfidenceIntervals.PoissonExact(-1));
}
