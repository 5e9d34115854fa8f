using Hangfire.States;

namespace EidAnalytics.Web.Setup;

/// <summary>A requested job's Hangfire id and state (null when Hangfire has already expired the finished job).</summary>
public sealed record JobProgress(string JobId, string? State, string? Reason)
{
    private static readonly string[] PendingStates = [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    /// <summary>Queued, running or waiting to be retried: its result is still to come.</summary>
    public bool IsPending => PendingStates.Contains(State);

    public bool HasFailed => State == FailedState.StateName;

    /// <summary>Where a pending job is, in words for the page that waits for it.</summary>
    public string Phase =>
        State == ProcessingState.StateName ? "being prepared"
        : State == ScheduledState.StateName ? "waiting to be tried again after a fault on our side"
        : "queued";
}
