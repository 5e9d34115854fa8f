using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>An API token uploads for its own organisation, follows its uploads, and does nothing else; revoked, it does nothing.</summary>
public sealed class TokenTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_token_uploads_and_follows_for_its_own_organisation_only()
    {
        await app.AddOrganisationAsync("E09000711", "Token Home");
        await app.AddOrganisationAsync("E09000712", "Token Elsewhere");
        var api = await app.ApiClientAsync("E09000711");

        var own = await Extracts.UploadAsync(api, "E09000711", Extracts.ItTeam("E09000711", 2, 6));
        using var other = await Extracts.PostAsync(api, "E09000712", Extracts.ItTeam("E09000712", 2, 6));
        using var dashboard = await api.GetAsync("/api/organisations/E09000711/metrics");

        Assert.Equal("loaded", own.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("that you can upload for", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("organisation_code")[0].GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode); // figures need a person's sign-in, not a token
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        await app.AddOrganisationAsync("E09000713", "Revoking Borough");
        var uploader = await app.SignedInClientAsync(Roles.Uploader, "E09000713");
        using var created = await Forms.PostAsync(uploader, "/organisations/E09000713/tokens",
            new Dictionary<string, string> { ["TokenName"] = "nightly export" }, "/organisations/E09000713/tokens?handler=Create");
        var page = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "id=\"token-secret\">(eid_[^<]+)<").Groups[1].Value;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal("loaded", (await Extracts.UploadAsync(api, "E09000713", Extracts.ItTeam("E09000713", 1, 5))).GetProperty("status").GetString());

        await using (var db = app.CreateDbContext())
        {
            var id = db.ApiTokens.Single(t => t.Name == "nightly export").Id;
            using var revoked = await Forms.PostAsync(uploader, "/organisations/E09000713/tokens", postUrl: $"/organisations/E09000713/tokens?handler=Revoke&id={id}");
            Assert.True(revoked.IsSuccessStatusCode);
        }
        using var refused = await Extracts.PostAsync(api, "E09000713", Extracts.ItTeam("E09000713", 2, 5));

        Assert.StartsWith("eid_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        // Stored as its SHA-256 only.
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));
        await using var check = app.CreateDbContext();
        Assert.Single(check.ApiTokens.AsEnumerable(), t => t.TokenHash.SequenceEqual(hash));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(app.ConnectionString, $"select count(*) from api_tokens t where t::text like '%{secret}%'"));
    }
}

/// <summary>A service with the shipped rate limits turned down, to see them bite.</summary>
public sealed class RateLimitedApp : EidApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Eid:RateLimits:SignInsPerMinute"] = "3",
        ["Eid:RateLimits:UploadsPerMinute"] = "2",
    };
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Repeated_sign_in_attempts_get_429_with_retry_after()
    {
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@eid.test", ["Password"] = "wrong" }));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
            }
        }

        // Three attempts are let through (refused for want of a token or a right password), then 429.
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(3));
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
    }

    [Fact]
    public async Task An_uploader_over_the_upload_rate_gets_429_with_retry_after()
    {
        await app.AddOrganisationAsync("E09000721", "Busy Borough");
        var api = await app.ApiClientAsync("E09000721");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Extracts.PostAsync(api, "E09000721", Extracts.ItTeam("E09000721", 1 + i, 5));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.Contains("Retry-After"));
            }
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }
}
