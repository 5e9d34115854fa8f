namespace EidAnalytics.Core.Statistics;

/// <summary>Where a fitted straight line stands against a target.</summary>
public enum TrajectoryStatus
{
    /// <summary>The latest value is already at or beyond the target.</summary>
    Reached,

    /// <summary>The line rises toward the target and reaches it in <see cref="TrajectoryResult.YearReached"/>.</summary>
    Projected,

    /// <summary>The line is flat or moves away from the target: at this rate it is never reached.</summary>
    NotAtThisRate,

    /// <summary>Too few points for a line with an interval.</summary>
    CannotBeCalculated,
}
