using System.Security.Claims;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Adds the account's organisation to its sign-in cookie, from which <see cref="ScopeFromClaims"/> decides what it may read.</summary>
public sealed class EidClaimsFactory(
    UserManager<EidUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    EidDbContext db)
    : UserClaimsPrincipalFactory<EidUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EidUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.OrganisationId is { } organisationId)
        {
            var code = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Code).SingleAsync();
            identity.AddClaim(new Claim(EidClaims.OrganisationId, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(EidClaims.OrganisationCode, code));
        }
        return identity;
    }
}

/// <summary>
/// The one place the organisation scope is decided: from the signed-in principal's claims — an
/// uploader's, a viewer's or an API token's organisation — never from a route value or header.
/// Outside a request (jobs, start-up work) the service acts for every organisation.
/// </summary>
public static class ScopeFromClaims
{
    public static OrganisationScope For(IServiceProvider services)
    {
        if (services.GetRequiredService<IHttpContextAccessor>().HttpContext is not { } http)
        {
            return OrganisationScope.System;
        }
        var user = http.User;
        var bound = user.IsInRole(Roles.Uploader) || user.IsInRole(Roles.Viewer) || user.HasClaim(EidClaims.TokenScope, EidClaims.UploadScope);
        return bound && long.TryParse(user.FindFirstValue(EidClaims.OrganisationId), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? OrganisationScope.Of(id)
            : OrganisationScope.None;
    }
}
