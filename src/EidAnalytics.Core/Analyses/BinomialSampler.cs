using MathNet.Numerics;

namespace EidAnalytics.Core.Analyses;

/// <summary>
/// Draws from Binomial(n, p) by inversion of its distribution function, tabulated once: the projection's
/// bootstrap draws the same (n, p) a thousand times, and a binary search of the table is exact and costs
/// O(log n) per draw where summing n Bernoulli trials (MathNet's sampler) costs O(n). The table runs outward
/// from the mode until the probabilities fall below 1e-16 of the mode's, which leaves out less than the
/// rounding of the uniform draw.
/// </summary>
internal sealed class BinomialSampler
{
    private readonly int _first;
    private readonly double[] _cumulative;

    public BinomialSampler(int trials, double probability)
    {
        if (trials == 0 || probability <= 0 || probability >= 1)
        {
            _first = probability >= 1 ? trials : 0;
            _cumulative = [1];
            return;
        }
        var mode = (int)Math.Min(trials, Math.Floor((trials + 1) * probability));
        var odds = probability / (1 - probability);
        var atMode = Math.Exp(SpecialFunctions.BinomialLn(trials, mode) + mode * Math.Log(probability) + (trials - mode) * Math.Log(1 - probability));
        var below = new List<double>();
        for (var (k, pmf) = (mode, atMode); k > 0;)
        {
            // P(k − 1) = P(k) · k / (n − k + 1) / odds
            pmf *= k / ((trials - k + 1) * odds);
            k--;
            if (pmf < atMode * 1e-16)
            {
                break;
            }
            below.Add(pmf);
        }
        var above = new List<double>();
        for (var (k, pmf) = (mode, atMode); k < trials;)
        {
            pmf *= (trials - k) / (k + 1.0) * odds;
            k++;
            if (pmf < atMode * 1e-16)
            {
                break;
            }
            above.Add(pmf);
        }
        _first = mode - below.Count;
        below.Reverse();
        double[] pmfs = [.. below, atMode, .. above];
        _cumulative = new double[pmfs.Length];
        var total = 0.0;
        for (var i = 0; i < pmfs.Length; i++)
        {
            total += pmfs[i];
            _cumulative[i] = total;
        }
        // Normalise away the truncated tails and rounding, so the last entry is exactly 1.
        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Sample(Random random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        // Not found: the complement of the first entry above u.
        return _first + (index >= 0 ? index : Math.Min(~index, _cumulative.Length - 1));
    }
}
