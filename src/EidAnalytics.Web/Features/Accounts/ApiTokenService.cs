using System.Security.Cryptography;
using System.Text;
using EidAnalytics.Web.Data;
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
