using EidAnalytics.Core.Analyses;

namespace EidAnalytics.Core.Tests.Analyses;

public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(40, 0.25)]
    [InlineData(3000, 0.12)]
    [InlineData(7, 0.9)]
    public void Draws_stay_within_zero_to_n_with_the_binomials_mean_and_variance(int n, double p)
    {
        var sampler = new BinomialSampler(n, p);
        var random = new SeededRandom(11);
        var draws = Enumerable.Range(0, 40_000).Select(_ => sampler.Sample(ref random)).ToArray();

        Assert.All(draws, k => Assert.InRange(k, 0, n));
        // With a fixed seed this is one fixed sample: its mean is np and its variance np(1 − p) to within a
        // few standard errors (SE of the mean √(np(1 − p) / 40,000)).
        var mean = draws.Average();
        var variance = draws.Sum(k => (k - mean) * (k - mean)) / (draws.Length - 1);
        Assert.Equal(n * p, mean, 4 * Math.Sqrt(n * p * (1 - p) / draws.Length));
        Assert.Equal(n * p * (1 - p), variance, 0.05 * n * p * (1 - p));
    }

    [Fact]
    public void A_certain_outcome_is_drawn_every_time()
    {
        var random = new SeededRandom(1);
        Assert.Equal(0, new BinomialSampler(10, 0).Sample(ref random));
        Assert.Equal(10, new BinomialSampler(10, 1).Sample(ref random));
        Assert.Equal(0, new BinomialSampler(0, 0.5).Sample(ref random));
    }
}
