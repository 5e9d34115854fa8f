using MathNet.Numerics.Distributions;

namespace EidAnalytics.Core.Statistics;

/// <summary>
/// Confidence intervals for proportions, ratios of proportions and counts. Pure functions; every
/// interval is two-sided at the confidence implied by <c>z</c> (95% by default, DESIGN §9).
/// </summary>
public static class ConfidenceIntervals
{
    /// <summary>The standard normal quantile for a two-sided 95% interval, as DESIGN §9 fixes it.</summary>
    public const double Z95 = 1.959964;

    /// <summary>
    /// Wilson score interval for a proportion <c>x / n</c> (Wilson 1927, "Probable inference, the law of
    /// succession, and statistical inference", JASA 22:209–212; Newcombe 1998 method 3), written in the form
    /// Public Health England's Fingertips uses:
    /// <c>L, U = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))</c>.
    /// Unlike the Wald interval it stays inside [0, 1] and behaves at x = 0 and x = n. <paramref name="successes"/>
    /// may be fractional (an FTE-weighted count, or a pay quartile's share of tied staff).
    /// </summary>
    /// <param name="successes">x, with 0 ≤ x ≤ n.</param>
    /// <param name="trials">n &gt; 0.</param>
    /// <param name="z">The standard normal quantile; <see cref="Z95"/> for 95%.</param>
    public static Interval Wilson(double successes, double trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);

        var z2 = z * z;
        var spread = z * Math.Sqrt(z2 + 4 * successes * (1 - successes / trials));
        var scale = 2 * (trials + z2);
        var share = successes / trials;
        // Exactly, 0 ≤ L ≤ x/n ≤ U ≤ 1, with L = 0 at x = 0 and U = 1 at x = n; rounding (U = 0.9999999999999999
        // at x = n) must not break that.
        return new Interval(
            Math.Clamp((2 * successes + z2 - spread) / scale, 0, share),
            Math.Clamp((2 * successes + z2 + spread) / scale, share, 1));
    }

    /// <summary>
    /// The ratio of two independent proportions, <c>R = (a/n₁) / (b/n₂)</c>, with the log (Katz) interval
    /// (Katz, Baptista, Azen and Pike 1978, "Obtaining confidence intervals for the risk ratio in cohort
    /// studies", Biometrics 34:469–474):
    /// <c>exp(ln R ∓ z·√(1/a − 1/n₁ + 1/b − 1/n₂))</c>.
    /// Returns null when the ratio or its log interval is undefined: either count is 0 (ln 0, or a division
    /// by zero) or either group is empty.
    /// </summary>
    /// <param name="eventsA">a, the events in the first group (numerator proportion), 0 ≤ a ≤ n₁.</param>
    /// <param name="sizeA">n₁, the size of the first group.</param>
    /// <param name="eventsB">b, the events in the second group (denominator proportion), 0 ≤ b ≤ n₂.</param>
    /// <param name="sizeB">n₂, the size of the second group.</param>
    /// <param name="z">The standard normal quantile; <see cref="Z95"/> for 95%.</param>
    public static RatioEstimate? KatzLogRatio(int eventsA, int sizeA, int eventsB, int sizeB, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventsA);
        ArgumentOutOfRangeException.ThrowIfNegative(eventsB);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventsA, sizeA);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventsB, sizeB);
        if (eventsA == 0 || eventsB == 0)
        {
            return null;
        }

        var ratio = ((double)eventsA / sizeA) / ((double)eventsB / sizeB);
        var standardError = Math.Sqrt(1.0 / eventsA - 1.0 / sizeA + 1.0 / eventsB - 1.0 / sizeB);
        return new RatioEstimate(
            ratio,
            new Interval(ratio * Math.Exp(-z * standardError), ratio * Math.Exp(z * standardError)));
    }

    /// <summary>
    /// Exact (Garwood 1936, "Fiducial limits for the Poisson distribution", Biometrika 28:437–442) interval
    /// for a Poisson count x: <c>L = ½χ²(α/2; 2x)</c> (0 when x = 0), <c>U = ½χ²(1 − α/2; 2x + 2)</c>,
    /// computed as quantiles of the gamma distribution with shape x (and x + 1) and rate 1, where
    /// <c>α/2 = Φ(−z)</c>. Divide by the exposure to get a rate's interval (events per person-year).
    /// </summary>
    /// <param name="events">x ≥ 0.</param>
    /// <param name="z">The standard normal quantile; <see cref="Z95"/> for 95%.</param>
    public static Interval PoissonExact(int events, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        var tail = Normal.CDF(0, 1, -z);
        var low = events == 0 ? 0 : Gamma.InvCDF(events, 1, tail);
        return new Interval(low, Gamma.InvCDF(events + 1, 1, 1 - tail));
    }
}
