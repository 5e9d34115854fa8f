using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Request rates (section Eid:RateLimits); beyond them the answer is 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Eid:RateLimits";

    /// <summary>Sign-in attempts a minute from one address.</summary>
    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords for one email address from one client address in 15 minutes before that pair must wait.</summary>
    [Range(1, 1000)]
    public int SignInFailuresPerAccount { get; set; } = 5;

    /// <summary>Uploads a minute by one account or token.</summary>
    [Range(1, 100_000)]
    public int UploadsPerMinute { get; set; } = 30;
}
