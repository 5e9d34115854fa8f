using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>API tokens expire (12 months unless configured), the page says when and when each was last used, and an administrator revokes any council's.</summary>
public sealed class TokenLifetimeTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task An_administrator_revokes_another_council_s_token()
    {
        await app.AddOrganisationAsync("E09000741", "Revoked By Admin");
        var secret = await app.CreateTokenAsync("E09000741");
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        await using var db = app.CreateDbContext();
        var id = await db.ApiTokens.Where(t => t.Organisation!.Code == "E09000741").Select(t => t.Id).SingleAsync();
        var admin = await app.SignedInClientAsync(Roles.Admin);

        using var revoked = await Forms.PostAsync(admin, "/organisations/E09000741/tokens", postUrl: $"/organisations/E09000741/tokens?handler=Revoke&id={id}");
        using var refused = await Extracts.PostAsync(api, "E09000741", Extracts.ItTeam("E09000741", 1, 5));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("/organisations/E09000741/tokens", revoked.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotNull(await db.ApiTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync());
    }

    [Fact]
    public async Task A_token_expires_twelve_months_after_it_was_made_and_the_page_says_when_and_when_it_was_last_used()
    {
        await app.AddOrganisationAsync("E09000742", "Expiring Borough");
        var uploader = await app.SignedInClientAsync(Roles.Uploader, "E09000742");
        using var created = await Forms.PostAsync(uploader, "/organisations/E09000742/tokens",
            new Dictionary<string, string> { ["TokenName"] = "monthly export" }, "/organisations/E09000742/tokens?handler=Create");
        await using var db = app.CreateDbContext();
        var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "monthly export");
        var secret = System.Text.RegularExpressions.Regex.Match(await created.Content.ReadAsStringAsync(), "id=\"token-secret\">(eid_[^<]+)<").Groups[1].Value;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.Accepted, (await Extracts.PostAsync(api, "E09000742", Extracts.ItTeam("E09000742", 1, 5))).StatusCode);

        var page = await uploader.GetStringAsync("/organisations/E09000742/tokens");

        var expires = await ExpiryAsync(app, token.Id);
        Assert.Equal(token.CreatedAt.AddMonths(12), expires);
        Assert.Contains($">{EidAnalytics.Core.Reporting.FigureText.Date(expires)}<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Never<", page, StringComparison.Ordinal); // it has been used

        // Past its expiry it is refused, and the page says it has expired.
        await Sql.ExecuteAsync(app.ConnectionString, $"update api_tokens set expires_at = now() - interval '1 minute' where id = '{token.Id}'");
        using var refused = await Extracts.PostAsync(api, "E09000742", Extracts.ItTeam("E09000742", 2, 5));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(">Expired<", await uploader.GetStringAsync("/organisations/E09000742/tokens"), StringComparison.Ordinal);
    }

    /// <summary>The token's expires_at, read from the table as the database holds it.</summary>
    internal static async Task<DateTimeOffset> ExpiryAsync(EidApp app, Guid tokenId) =>
        new(await Sql.ScalarAsync<DateTime>(app.ConnectionString, $"select expires_at from api_tokens where id = '{tokenId}'"), TimeSpan.Zero);
}

/// <summary>A service whose tokens last three months.</summary>
public sealed class ShortTokenApp : EidApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Eid:ApiTokens:LifetimeMonths"] = "3" };
}

public sealed class ConfiguredTokenLifetimeTests(ShortTokenApp app) : IClassFixture<ShortTokenApp>
{
    [Fact]
    public async Task The_token_lifetime_is_configurable()
    {
        await app.AddOrganisationAsync("E09000743", "Short Lived");
        await app.CreateTokenAsync("E09000743");

        await using var db = app.CreateDbContext();
        var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Organisation!.Code == "E09000743");
        Assert.Equal(token.CreatedAt.AddMonths(3), await TokenLifetimeTests.ExpiryAsync(app, token.Id));
    }
}
