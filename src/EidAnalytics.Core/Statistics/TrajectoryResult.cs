namespace EidAnalytics.Core.Statistics;

/// <summary>
/// A fitted trajectory: slope per year, the year the target is reached and its interval. A null end of the
/// interval means the data cannot bound it (the slope is not clearly different from zero).
/// </summary>
public sealed record TrajectoryResult(
    TrajectoryStatus Status,
    double? SlopePerYear = null,
    double? YearReached = null,
    double? YearLow = null,
    double? YearHigh = null,
    string? Reason = null);
