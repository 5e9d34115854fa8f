using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// What each <see cref="Access"/> rule asks of a caller, as the authorization policy of the rule's
/// name. Which organisation's data the caller then sees is decided by <see cref="ScopeFromClaims"/>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>A policy per rule but <see cref="Access.Anyone"/>, which is no policy; a signed-in account for any endpoint that declares none.</summary>
    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder authorization) => authorization
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Name(Access.SignedIn), p => p.RequireAuthenticatedUser())
        .AddPolicy(Name(Access.OrganisationMember), p => p
            .RequireRole(Roles.Uploader, Roles.Viewer).RequireClaim(EidClaims.OrganisationId))
        .AddPolicy(Name(Access.OrganisationUploader), p => p
            .RequireRole(Roles.Uploader).RequireClaim(EidClaims.OrganisationId))
        .AddPolicy(Name(Access.TokenManager), p => p.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin) || (context.User.IsInRole(Roles.Uploader) && context.User.HasClaim(c => c.Type == EidClaims.OrganisationId))))
        .AddPolicy(Name(Access.UploadToken), p => p
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
            .RequireClaim(EidClaims.TokenScope, EidClaims.UploadScope))
        .AddPolicy(Name(Access.UploadStatus), p => p
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
            .RequireAssertion(context => context.User.HasClaim(EidClaims.TokenScope, EidClaims.UploadScope)
                || ((context.User.IsInRole(Roles.Uploader) || context.User.IsInRole(Roles.Viewer)) && context.User.HasClaim(c => c.Type == EidClaims.OrganisationId))))
        .AddPolicy(Name(Access.Admin), p => p.RequireRole(Roles.Admin));

    private static string Name(Access rule) => AccessConventions.PolicyName(rule);
}
