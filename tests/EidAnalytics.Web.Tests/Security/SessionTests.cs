using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Admin;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// A session ends on the server, not only in the browser: a sign-in cookie copied before the account
/// signed out, changed role, had its password reset, was disabled or was erased opens nothing on its
/// next request — not a page, and not the form that makes API tokens.
/// </summary>
public sealed class SessionTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working()
    {
        var uploader = await UploaderAsync("E09000731");
        var (client, cookie) = await SessionAsync(uploader);
        await AssertOpensAsync(cookie);

        using var signedOut = await Forms.PostAsync(client, "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertEndedAsync(cookie, uploader.OrganisationCode!);
    }

    [Fact]
    public async Task A_re_roled_account_s_old_cookie_can_neither_upload_nor_create_a_token()
    {
        var uploader = await UploaderAsync("E09000732");
        var (_, cookie) = await SessionAsync(uploader);
        await AssertOpensAsync(cookie);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .ChangeRoleAsync(uploader.Id, Roles.Viewer, uploader.OrganisationCode, CancellationToken.None));
        }

        await AssertEndedAsync(cookie, uploader.OrganisationCode!);
    }

    [Fact]
    public async Task A_password_reset_ends_the_account_s_sessions()
    {
        var uploader = await UploaderAsync("E09000733");
        var (_, cookie) = await SessionAsync(uploader);
        await AssertOpensAsync(cookie);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ResetLinkAsync(uploader.Id, CancellationToken.None));
        }

        await AssertEndedAsync(cookie, uploader.OrganisationCode!);
    }

    [Fact]
    public async Task A_disabled_account_s_sessions_end_and_it_cannot_sign_in_until_given_a_new_password()
    {
        var uploader = await UploaderAsync("E09000734");
        var (_, cookie) = await SessionAsync(uploader);
        await AssertOpensAsync(cookie);
        var admin = await app.SignedInClientAsync(Roles.Admin);

        using var disabled = await Forms.PostAsync(admin, $"/admin/users/{uploader.Id}", postUrl: $"/admin/users/{uploader.Id}?handler=Disable");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Contains("This account is disabled", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertEndedAsync(cookie, uploader.OrganisationCode!);
        var again = app.CreateClient();
        using var refused = await Forms.PostAsync(again, "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = uploader.Email, ["Password"] = uploader.Password });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task An_erased_organisation_s_accounts_lose_their_sessions()
    {
        var uploader = await UploaderAsync("E09000735");
        var (_, cookie) = await SessionAsync(uploader);
        await AssertOpensAsync(cookie);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<OrganisationErasure>().EraseAsync(uploader.OrganisationCode!, new ErasureRequest("the test", "sessions end"), CancellationToken.None));
        }

        await AssertEndedAsync(cookie, uploader.OrganisationCode!);
    }

    private async Task<TestAccount> UploaderAsync(string code)
    {
        await app.AddOrganisationAsync(code, $"Session Borough {code}");
        return await app.CreateAsync(Roles.Uploader, code);
    }

    /// <summary>Signs in through the page and returns the client and the value of its session cookie.</summary>
    private async Task<(HttpClient Client, string Cookie)> SessionAsync(TestAccount account)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var signedIn = await Forms.PostAsync(client, "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = account.Email, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (client, cookies.GetCookies(client.BaseAddress!)["eid.session"]!.Value);
    }

    /// <summary>A new client that presents only the saved session cookie, as someone who copied it would.</summary>
    private HttpClient Replaying(string cookie)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        cookies.Add(client.BaseAddress!, new Cookie("eid.session", cookie));
        return client;
    }

    private async Task AssertOpensAsync(string cookie)
    {
        using var page = await Replaying(cookie).GetAsync("/uploads/new");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private async Task AssertEndedAsync(string cookie, string organisationCode)
    {
        var client = Replaying(cookie);
        using var page = await client.GetAsync("/uploads/new");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", new Uri(client.BaseAddress!, page.Headers.Location!).AbsolutePath);

        // Nor can it make an API token, which would outlive the session.
        var tokensPage = $"/organisations/{organisationCode}/tokens";
        using var tokens = await client.GetAsync(tokensPage);
        if (tokens.StatusCode == HttpStatusCode.OK)
        {
            using var _ = await Forms.PostAsync(client, tokensPage, new Dictionary<string, string> { ["TokenName"] = "kept after" }, $"{tokensPage}?handler=Create");
        }
        await using var db = app.CreateDbContext();
        Assert.False(db.ApiTokens.Any(t => t.Name == "kept after"), "the old cookie created an API token");
    }
}
