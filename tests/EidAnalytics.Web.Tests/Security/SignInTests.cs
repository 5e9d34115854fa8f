using System.Net;
using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>A service whose requests come from the addresses tests choose, with a sign-in limit small enough to reach.</summary>
public sealed class SignInApp : EidApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Eid:RateLimits:SignInsPerMinute"] = "8",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
    }
}

/// <summary>
/// Guessing passwords is slowed per account and address, not by a lock anyone could set off on
/// someone else's account; the answers never tell whether an account exists; and only attempts,
/// not views of the page, count towards the sign-in rate limit.
/// </summary>
public sealed partial class SignInTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string Throttled = "Too many wrong attempts to sign in with this email address from your network. Wait 15 minutes and try again, or ask your administrator to reset your password.";
    private const string WrongDetails = "Enter a correct email address and password";

    [Fact]
    public async Task Wrong_attempts_throttle_that_account_from_that_address_and_an_unknown_account_gets_the_same_answer()
    {
        var account = await app.CreateAsync(Roles.Viewer);
        // From two addresses, so that neither reaches the per-address rate limit.
        var attacker = ClientAddresses.From(app, "198.51.100.11");
        var prober = ClientAddresses.From(app, "198.51.100.14");

        var known = await AttemptsAsync(attacker, account.Email, 5, "wrong-password-guess");
        var unknown = await AttemptsAsync(prober, "nobody-here@eid.test", 5, "wrong-password-guess");
        using var rightPassword = await SignInAsync(attacker, account.Email, account.Password);
        using var unknownAgain = await SignInAsync(prober, "nobody-here@eid.test", "wrong-password-guess");

        Assert.All(known.Concat(unknown), a => Assert.Equal((HttpStatusCode.BadRequest, WrongDetails), a));
        Assert.Equal((HttpStatusCode.TooManyRequests, Throttled), await AnswerAsync(rightPassword));
        Assert.Equal((HttpStatusCode.TooManyRequests, Throttled), await AnswerAsync(unknownAgain));
    }

    [Fact]
    public async Task Someone_else_s_wrong_attempts_do_not_lock_the_account_holder_out()
    {
        var account = await app.CreateAsync(Roles.Viewer);
        var attacker = ClientAddresses.From(app, "198.51.100.12");
        await AttemptsAsync(attacker, account.Email, 7, "wrong-password-guess");

        using var holder = await SignInAsync(ClientAddresses.From(app, "203.0.113.12"), account.Email, account.Password);

        Assert.Equal(HttpStatusCode.Redirect, holder.StatusCode);
        Assert.Equal("/", holder.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Views_of_the_sign_in_page_do_not_count_towards_the_sign_in_limit()
    {
        var office = ClientAddresses.From(app, "198.51.100.13");
        for (var i = 0; i < 12; i++)
        {
            using var view = await office.GetAsync("/account/sign-in");
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            using var attempt = await office.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = $"p{i}@eid.test", ["Password"] = "x" }));
            statuses.Add(attempt.StatusCode);
        }

        // Eight attempts a minute are let through (refused for want of an antiforgery token), the ninth is not.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(8));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[8]);
    }

    private static async Task<List<(HttpStatusCode, string?)>> AttemptsAsync(HttpClient client, string email, int count, string password)
    {
        var answers = new List<(HttpStatusCode, string?)>();
        for (var i = 0; i < count; i++)
        {
            using var response = await SignInAsync(client, email, password);
            answers.Add(await AnswerAsync(response));
        }
        return answers;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        Forms.PostAsync(client, "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static async Task<(HttpStatusCode, string?)> AnswerAsync(HttpResponseMessage response)
    {
        var match = ErrorMessage().Match(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null);
    }

    [GeneratedRegex("<a href=\"#email\">([^<]*)</a>")]
    private static partial Regex ErrorMessage();
}
