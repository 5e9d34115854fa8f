using System.Security.Claims;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Checks a sign-in cookie against its account on every request. The cookie carries the account's
/// security stamp from the moment it signed in; signing out, a change of role, a password reset and
/// disabling the account each give the account a new stamp, and erasure removes it, so an old cookie
/// — even one copied before the browser dropped it — stops working on its next request.
/// </summary>
/// <remarks>
/// Identity's own SecurityStampValidator reads the account through the request's DbContext, whose
/// organisation scope would then be fixed before anyone is signed in, and it rebuilds the principal
/// and reissues the cookie each time it checks. This is one read of one column by primary key.
/// </remarks>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(claimTypes.SecurityStampClaimType);
        if (stamp is not null && Guid.TryParse(principal!.FindFirstValue(claimTypes.UserIdClaimType), out var userId))
        {
            await using var db = new EidDbContext(services.GetRequiredService<DbContextOptions<EidDbContext>>());
            // Authentication runs before the request's organisation scope can be decided, so the account
            // is read on a context of its own rather than the request's.
            var current = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => u.SecurityStamp)
                .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
            {
                return;
            }
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
