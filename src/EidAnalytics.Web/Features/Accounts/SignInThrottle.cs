using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Slows password guessing for one email address from one client address: after
/// <see cref="RateLimitOptions.SignInFailuresPerAccount"/> wrong attempts within
/// <see cref="Window"/>, that pair is refused until the window has passed. Unlike a lock on the
/// account, someone guessing from one address cannot keep the account's holder out from another,
/// and an address nobody has an account for is throttled exactly like a real one, so the answers
/// never say which accounts exist.
/// </summary>
/// <remarks>
/// Kept in this node's memory, like the rate limits: several nodes each allow the limit. A wrong
/// attempt on the pair extends nothing; the window runs from the first failure in it.
/// </remarks>
public sealed class SignInThrottle(TimeProvider clock, IOptions<RateLimitOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    public bool IsThrottled(string email, string? address) =>
        _failures.TryGetValue(Key(email, address), out var entry)
        && clock.GetUtcNow() - entry.Since < Window
        && entry.Failures >= options.Value.SignInFailuresPerAccount;

    public void RecordFailure(string email, string? address)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(Key(email, address), (1, now),
            (_, entry) => now - entry.Since < Window ? (entry.Failures + 1, entry.Since) : (1, now));
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, entry) in _failures)
            {
                if (now - entry.Since >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string email, string? address) => _failures.TryRemove(Key(email, address), out _);

    private static string Key(string email, string? address) => $"{email.Trim().ToUpperInvariant()}|{address ?? "unknown"}";
}
