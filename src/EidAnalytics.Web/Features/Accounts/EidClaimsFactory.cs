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
