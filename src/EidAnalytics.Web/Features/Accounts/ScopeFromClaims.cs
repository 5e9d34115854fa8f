using System.Security.Claims;
using EidAnalytics.Web.Data;

namespace EidAnalytics.Web.Features.Accounts;

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
