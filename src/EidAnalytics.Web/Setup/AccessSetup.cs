namespace EidAnalytics.Web.Setup;

/// <summary>The authorization policies pages and endpoints ask for, by name.</summary>
public static class AccessPolicies
{
    /// <summary>Administrators: the organisation reference list and user-entered benchmarks.</summary>
    public const string Admin = "admin";
}

public static class AccessSetup
{
    /// <summary>
    /// Registers the policies. THE ROLE CHECK GOES HERE: accounts and roles (DESIGN §7) are not built yet, so
    /// the admin policy still lets everyone through, and admin pages say so in a banner. When sign-in arrives,
    /// replace the assertion with <c>policy.RequireRole("admin")</c>; every admin page and endpoint already
    /// asks for <see cref="AccessPolicies.Admin"/>, so nothing else changes.
    /// </summary>
    public static WebApplicationBuilder AddEidAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            // OPEN UNTIL ACCOUNTS EXIST: replace with policy.RequireRole("admin").
            .AddPolicy(AccessPolicies.Admin, policy => policy.RequireAssertion(_ => true));
        return builder;
    }
}
