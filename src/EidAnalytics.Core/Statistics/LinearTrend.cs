using MathNet.Numerics.Distributions;

namespace EidAnalytics.Core.Statistics;

/// <summary>The chi-square test for linear trend in proportions over the most recent points.</summary>
public static class LinearTrend
{
    /// <summary>Fingertips tests the most recent five points.</summary>
    public const int Points = 5;

    /// <summary>
    /// The chi-square test for linear trend (Cochran 1954, "Some methods for strengthening the common χ² tests",
    /// Biometrics 10:417–451; Armitage 1955, Biometrics 11:375–386), as Fingertips' recent-trend marker uses it
    /// over the last five points at 99.8% (PHE, <i>Fingertips technical guidance</i>, "Recent trends"). With
    /// counts Oᵢ of nᵢ at times xᵢ and p̄ = ΣOᵢ / Σnᵢ:
    /// <c>X² = [Σ xᵢ(Oᵢ − nᵢp̄)]² / (p̄(1 − p̄)·[Σ nᵢxᵢ² − (Σ nᵢxᵢ)² / Σnᵢ])</c>,
    /// compared with the χ² distribution on 1 degree of freedom; the sign of Σ xᵢ(Oᵢ − nᵢp̄) gives the direction.
    /// </summary>
    /// <param name="series">The series in any order; the latest <see cref="Points"/> by time are tested.</param>
    /// <param name="z">The two-sided normal quantile of the level, <see cref="ControlLimits.Z998"/> by default (χ²₁ critical value z²).</param>
    public static TrendResult Test(IReadOnlyList<TrendPoint> series, double z = ControlLimits.Z998)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < Points)
        {
            return new(TrendDirection.CannotBeCalculated, null, $"needs {Points} points and there are {series.Count}");
        }
        var recent = series.OrderBy(p => p.Time).TakeLast(Points).ToList();
        if (recent.Any(p => p.Denominator <= 0 || p.Count < 0 || p.Count > p.Denominator))
        {
            return new(TrendDirection.CannotBeCalculated, null, "a point has no denominator");
        }
        double total = recent.Sum(p => p.Denominator), events = recent.Sum(p => p.Count);
        var pooled = events / total;
        var spread = recent.Sum(p => p.Denominator * p.Time * p.Time) - (Math.Pow(recent.Sum(p => p.Denominator * p.Time), 2) / total);
        if (pooled is 0 or 1 || spread <= 0)
        {
            return new(TrendDirection.CannotBeCalculated, null, "the proportion is 0% or 100% throughout, so it has no variation to test");
        }
        var score = recent.Sum(p => p.Time * (p.Count - (p.Denominator * pooled)));
        var chiSquare = score * score / (pooled * (1 - pooled) * spread);
        if (ChiSquared.CDF(1, chiSquare) <= ChiSquared.CDF(1, z * z))
        {
            return new(TrendDirection.NoSignificantChange, chiSquare, null);
        }
        return new(score > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing, chiSquare, null);
    }
}
