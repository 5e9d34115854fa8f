using Hangfire;

namespace EidAnalytics.Web.Features.Disclosure;

/// <summary>
/// Rebuilds the stored release (<see cref="ReleaseRefresh"/>). Safe to run twice or at once on two nodes: a refresh
/// takes a lock, and one that finds the release already answers every request does nothing.
/// </summary>
[AutomaticRetry(Attempts = 5, DelaysInSeconds = [2, 5, 10, 30, 60])]
public sealed class RefreshReleasesJob(ReleaseRefresh refresh)
{
    [JobDisplayName("Refresh the published release")]
    public Task RunAsync(CancellationToken cancellationToken) => refresh.RefreshAsync(cancellationToken);
}
