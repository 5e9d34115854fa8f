using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace EidAnalytics.Core.Statistics;

/// <summary>A straight-line trajectory toward a target and the year it would be reached.</summary>
public static class Trajectory
{
    /// <summary>Fewest points for a line and a residual variance (n − 2 ≥ 1 degree of freedom).</summary>
    public const int MinimumPoints = 3;

    /// <summary>
    /// Fits y = a + b·x by ordinary least squares (MathNet.Numerics <c>Fit.Line</c>) to (year, value) points and
    /// solves a + b·x₀ = target for the year x₀ = x̄ + (target − ȳ)/b. The interval is the inverse-prediction
    /// (Fieller) interval: the years whose 100(1 − α)% confidence band for the line contains the target,
    /// <c>(ȳ + b·u − y₀)² = t²s²(1/n + u²/Sxx)</c> with u = x − x̄, s² = SSE/(n − 2) and t the Student-t quantile on
    /// n − 2 degrees of freedom (Draper and Smith, <i>Applied Regression Analysis</i>, 3rd ed., 1998, §3.2
    /// "Inverse regression"; Fieller 1954, JRSS B 16:175–185). When b² ≤ t²s²/Sxx the slope is not clearly
    /// non-zero and the interval has no finite upper end.
    /// </summary>
    /// <param name="points">(year as a decimal, value) in any order.</param>
    /// <param name="target">The value to reach, e.g. 0.30.</param>
    /// <param name="z">Sets the confidence level as for a normal interval (1.96 for 95%); the t quantile of the same level is used.</param>
    public static TrajectoryResult ToTarget(IReadOnlyList<(double Year, double Value)> points, double target, double z = ConfidenceIntervals.Z95)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < MinimumPoints)
        {
            return new(TrajectoryStatus.CannotBeCalculated, Reason: $"needs {MinimumPoints} points and there are {points.Count}");
        }
        var ordered = points.OrderBy(p => p.Year).ToList();
        var x = ordered.Select(p => p.Year).ToArray();
        var y = ordered.Select(p => p.Value).ToArray();
        var n = x.Length;
        double meanX = x.Average(), meanY = y.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        if (sxx <= 0)
        {
            return new(TrajectoryStatus.CannotBeCalculated, Reason: "every point is from the same year");
        }
        var (intercept, slope) = Fit.Line(x, y);
        var latest = y[^1];
        if (latest >= target)
        {
            return new(TrajectoryStatus.Reached, slope);
        }
        if (slope <= 0)
        {
            return new(TrajectoryStatus.NotAtThisRate, slope);
        }
        var residual = y.Select((v, i) => v - (intercept + (slope * x[i]))).Sum(r => r * r) / (n - 2);
        var t = StudentT.InvCDF(0, 1, n - 2, Normal.CDF(0, 1, z));
        var d = target - meanY;
        var g = t * t * residual / sxx;
        var a = (slope * slope) - g;
        var reached = meanX + (d / slope);
        if (a <= 0)
        {
            return new(TrajectoryStatus.Projected, slope, reached, null, null, "the rate of change is too uncertain to bound the year");
        }
        var root = Math.Sqrt((g * d * d) + (a * t * t * residual / n));
        return new(TrajectoryStatus.Projected, slope, reached, meanX + (((slope * d) - root) / a), meanX + (((slope * d) + root) / a));
    }
}
