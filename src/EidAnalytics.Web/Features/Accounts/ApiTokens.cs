using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Creates and revokes API tokens. A token is shown once; only its SHA-256 is stored; it expires.</summary>
public sealed class ApiTokenService(EidDbContext db, TimeProvider clock, IOptions<ApiTokenOptions> options)
{
    private const string Prefix = "eid_";

    /// <summary>Creates a token for the organisation and returns it in full (the only time it is seen).</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(long organisationId, string name, Guid? createdBy, CancellationToken cancellationToken)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            Name = name,
            TokenHash = Hash(secret),
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now.AddMonths(options.Value.LifetimeMonths),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>
    /// Revokes the organisation's token. The caller has decided who may manage the organisation's
    /// tokens (its uploaders, or an administrator, whose scope reaches no organisation's rows), so the
    /// token is found by its organisation rather than through the request's scope.
    /// </summary>
    public async Task<bool> RevokeAsync(long organisationId, Guid id, CancellationToken cancellationToken) =>
        await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == id && t.OrganisationId == organisationId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken) > 0;

    internal static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}

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
