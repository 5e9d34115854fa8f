using System.Net;
using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>A service behind one configured TLS-terminating proxy, 203.0.113.7.</summary>
public sealed class ProxiedApp : EidApp
{
    public const string Proxy = "203.0.113.7";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Eid:ForwardedHeaders:KnownProxies:0"] = Proxy,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
    }
}

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed from the configured proxies only: through one,
/// the session cookie is Secure, HSTS is sent and the client's own address is the one recorded (and
/// rate limited); from anyone else the headers change nothing.
/// </summary>
public sealed partial class ForwardedHeadersTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task Through_the_configured_proxy_the_client_s_scheme_and_address_are_used()
    {
        var account = await app.CreateAsync(Roles.Viewer);

        using var signedIn = await SignInAsync(from: ProxiedApp.Proxy, account, forwardedFor: "198.51.100.21");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("; secure", SessionCookie(signedIn), StringComparison.OrdinalIgnoreCase);
        Assert.True(signedIn.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("198.51.100.21", await SignInAddressAsync(account));
    }

    [Fact]
    public async Task From_anyone_else_forwarded_headers_change_nothing()
    {
        var account = await app.CreateAsync(Roles.Viewer);

        using var signedIn = await SignInAsync(from: "198.51.100.22", account, forwardedFor: "192.0.2.99");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("; secure", SessionCookie(signedIn), StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("198.51.100.22", await SignInAddressAsync(account));
    }

    /// <summary>
    /// Signs in over plain HTTP, as the proxy talks to the service, carrying the cookies by hand: a
    /// cookie container would hold back the Secure antiforgery cookie from an http:// address.
    /// </summary>
    private async Task<HttpResponseMessage> SignInAsync(string from, TestAccount account, string forwardedFor)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        // HSTS is never sent to localhost, so the service is addressed by a name, as it would be in production.
        client.BaseAddress = new Uri("http://eid.council.example/");
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        using var page = await client.GetAsync("/account/sign-in");
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = account.Email, ["Password"] = account.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        return await client.SendAsync(post);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("eid.session=", StringComparison.Ordinal));

    private async Task<string?> SignInAddressAsync(TestAccount account)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEvents.Where(e => e.Action == AuditActions.SignIn && e.Target == $"user {account.Id}").Select(e => e.IpAddress).SingleAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
