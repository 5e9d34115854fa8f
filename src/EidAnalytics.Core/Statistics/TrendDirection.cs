namespace EidAnalytics.Core.Statistics;

/// <summary>The recent-trend marker of Fingertips: the direction of a significant linear trend, or why there is none.</summary>
public enum TrendDirection
{
    Increasing,
    Decreasing,
    NoSignificantChange,
    CannotBeCalculated,
}
