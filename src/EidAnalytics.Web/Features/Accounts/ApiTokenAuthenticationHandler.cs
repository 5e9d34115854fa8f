using System.Security.Claims;
using System.Text.Encodings.Web;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer eid_…</c> against the stored hashes. A valid token's
/// principal carries its organisation and the upload scope, nothing more.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiTokenService.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        // The token decides the scope, so it is looked up before any scope exists: as the system.
        await using var scope = scopes.CreateAsyncScope();
        var db = new EidDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<EidDbContext>>());
        var token = await db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.Name, t.OrganisationId, t.Organisation!.Code })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The API token is not valid, has expired or has been revoked.");
        }
        await db.ApiTokens.Where(t => t.Id == token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, token.Id.ToString()),
            new Claim(ClaimTypes.Name, $"API token '{token.Name}'"),
            new Claim(EidClaims.TokenScope, EidClaims.UploadScope),
            new Claim(EidClaims.OrganisationId, token.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(EidClaims.OrganisationCode, token.Code),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
