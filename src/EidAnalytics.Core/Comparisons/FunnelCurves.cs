using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>The control-limit curves a funnel plot draws, from <see cref="ControlLimits.Around"/>.</summary>
public static class FunnelCurves
{
    /// <summary>
    /// The 95% and 99.8% limits around <paramref name="benchmark"/> from denominator 1 (or just below the smallest
    /// plotted) to just beyond the largest, at steps fine enough for smooth curves: every whole number up to 100,
    /// then about 1% apart.
    /// </summary>
    public static FunnelLimits Around(double benchmark, double largestDenominator)
    {
        var denominators = new List<double>();
        for (var n = 1.0; n <= Math.Max(2, largestDenominator * 1.05); n = n < 100 ? n + 1 : Math.Ceiling(n * 1.01))
        {
            denominators.Add(n);
        }
        IReadOnlyList<ChartPoint> Curve(double z, bool upper) => denominators
            .Select(n => ControlLimits.Around(benchmark, n, z))
            .Select((limits, i) => new ChartPoint(denominators[i], upper ? limits.High : limits.Low))
            .ToList();
        return new FunnelLimits(
            Curve(ConfidenceIntervals.Z95, false), Curve(ConfidenceIntervals.Z95, true),
            Curve(ControlLimits.Z998, false), Curve(ControlLimits.Z998, true));
    }
}
