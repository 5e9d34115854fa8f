using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>API tokens (section Eid:ApiTokens).</summary>
public sealed class ApiTokenOptions
{
    public const string Section = "Eid:ApiTokens";

    /// <summary>
    /// How long a new token lasts, in months. A token that is never revoked should still not work for
    /// ever: a forgotten one in an old script or a departed contractor's notes stops on its own.
    /// </summary>
    [Range(1, 60)]
    public int LifetimeMonths { get; set; } = 12;
}
