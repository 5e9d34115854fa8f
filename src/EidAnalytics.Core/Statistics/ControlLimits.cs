namespace EidAnalytics.Core.Statistics;

/// <summary>Control limits for comparing a proportion with a benchmark, as Public Health England's Fingertips does.</summary>
public static class ControlLimits
{
    /// <summary>The standard normal quantile for two-sided 99.8% limits (about 3 standard deviations), as in Fingertips.</summary>
    public const double Z998 = 3.090232;

    /// <summary>
    /// Wilson score control limits around <paramref name="benchmark"/> at denominator N (DESIGN §6; PHE, <i>Fingertips
    /// technical guidance</i>, "Funnel plots"; Spiegelhalter 2005, "Funnel plots for comparing institutional
    /// performance", Stat Med 24:1185–1202):
    /// <c>L, U = (2E + z² ∓ z√(z² + 4E(1 − E/N))) / (2(N + z²))</c> with <c>E = N × benchmark</c>, the count
    /// expected at the benchmark. This is the Wilson score interval of E successes in N trials, so it is
    /// computed by <see cref="ConfidenceIntervals.Wilson"/>. A proportion outside the limits differs from the
    /// benchmark by more than chance at that level would explain.
    /// </summary>
    /// <param name="benchmark">The benchmark proportion, 0 ≤ b ≤ 1.</param>
    /// <param name="denominator">N &gt; 0, the organisation's denominator (e.g. team size).</param>
    /// <param name="z"><see cref="ConfidenceIntervals.Z95"/> or <see cref="Z998"/>.</param>
    public static Interval Around(double benchmark, double denominator, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(benchmark);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(benchmark, 1);
        return ConfidenceIntervals.Wilson(denominator * benchmark, denominator, z);
    }

    /// <summary>Compares <c>count / denominator</c> with the 95% and 99.8% limits around the benchmark at that denominator.</summary>
    public static BenchmarkComparison Compare(long count, long denominator, double benchmark)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var share = (double)count / denominator;
        var limits95 = Around(benchmark, denominator, ConfidenceIntervals.Z95);
        var limits998 = Around(benchmark, denominator, Z998);
        return share switch
        {
            _ when share < limits998.Low => BenchmarkComparison.LowerAt998,
            _ when share > limits998.High => BenchmarkComparison.HigherAt998,
            _ when share < limits95.Low => BenchmarkComparison.LowerAt95,
            _ when share > limits95.High => BenchmarkComparison.HigherAt95,
            _ => BenchmarkComparison.Similar,
        };
    }
}
