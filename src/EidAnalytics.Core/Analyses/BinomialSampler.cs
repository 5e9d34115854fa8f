using MathNet.Numerics;

namespace EidAnalytics.Core.Analyses;

/// <summary>
/// Draws from Binomial(n, p) exactly by Walker's alias method (Walker AJ (1977) ACM Trans. Math. Softw.
/// 3:253–256; Vose MD (1991) IEEE Trans. Softw. Eng. 17:972–975 for the construction): the projection's bootstrap
/// draws the same (n, p) a thousand times, so the table is built once and each draw costs one uniform number
/// and one comparison, where summing n Bernoulli trials (MathNet's sampler) costs n numbers. The table runs
/// outward from the mode until the probabilities fall below 1e-16 of the mode's, which leaves out less than
/// the rounding of the uniform draw.
/// </summary>
internal sealed class BinomialSampler
{
    private readonly int _first;
    private readonly double[] _keep;
    private readonly int[] _alias;

    public BinomialSampler(int trials, double probability)
    {
        if (trials == 0 || probability <= 0 || probability >= 1)
        {
            _first = probability >= 1 ? trials : 0;
            (_keep, _alias) = ([1], [0]);
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
        (_keep, _alias) = AliasTable(pmfs);
    }

    /// <summary>Vose's construction: each column i keeps its own value with probability keep[i], else gives alias[i].</summary>
    private static (double[] Keep, int[] Alias) AliasTable(double[] pmfs)
    {
        var m = pmfs.Length;
        var total = pmfs.Sum();
        var scaled = pmfs.Select(p => p * m / total).ToArray();
        var keep = new double[m];
        var alias = new int[m];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < m; i++)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            var (less, more) = (small.Pop(), large.Pop());
            (keep[less], alias[less]) = (scaled[less], more);
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }
        // What is left is 1 up to rounding.
        foreach (var i in large.Concat(small))
        {
            (keep[i], alias[i]) = (1, i);
        }
        return (keep, alias);
    }

    public int Sample(ref SeededRandom random)
    {
        if (_keep.Length == 1)
        {
            return _first;
        }
        var u = random.NextDouble() * _keep.Length;
        var column = (int)u;
        return _first + (u - column < _keep[column] ? column : _alias[column]);
    }
}
