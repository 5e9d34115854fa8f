using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>Who calls: nobody signed in, council A's uploader and viewer, the cross-council roles, and A's API token.</summary>
public enum Caller { Anonymous, UploaderA, ViewerA, Policy, Researcher, Admin, TokenA }

/// <summary>
/// The permissions matrix: every endpoint the app maps (found at run time) × every kind of caller ×
/// council A's data and council B's. A caller the rules deny must never get a 2xx (or a redirect
/// into the service); a caller they allow must not be turned away from a GET. POSTs are sent only
/// where they must be refused, so the test changes nothing it then reads.
/// </summary>
public sealed class AccessMatrixTests(TwoCouncilsApp app, ITestOutputHelper output) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public void Every_endpoint_declares_who_may_call_it()
    {
        var undeclared = Endpoints.All(app.Services).Where(c => c.Rule is null).Select(c => c.ToString()).Distinct().ToList();

        Assert.True(undeclared.Count == 0, "endpoints without an [Access] rule: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task No_caller_reaches_an_endpoint_or_a_council_the_rules_deny_it()
    {
        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            clients[caller] = await ClientAsync(caller);
        }
        var (requests, unexpected, refused) = (0, new List<string>(), new List<string>());
        foreach (var call in Endpoints.All(app.Services))
        {
            foreach (var council in call.IsOrganisationSpecific ? new[] { app.A, app.B } : [app.A])
            {
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    var allowed = Allowed(call.Rule!.Value, caller, council == app.A);
                    if (call.Method != "GET" && allowed)
                    {
                        continue;
                    }
                    var url = Endpoints.Url(call, council);
                    using var response = call.Method == "GET"
                        ? await clients[caller].GetAsync(url)
                        : await Forms.PostAsync(clients[caller], "/account/sign-in", postUrl: url);
                    requests++;
                    var what = $"{caller} {call.Method} {url} → {(int)response.StatusCode} {response.Headers.Location}";
                    if (!allowed && GotIn(response))
                    {
                        unexpected.Add(what);
                    }
                    else if (allowed && TurnedAway(response))
                    {
                        refused.Add(what);
                    }
                }
            }
        }
        output.WriteLine($"{requests} requests, {unexpected.Count} unexpected 2xx, {refused.Count} unexpected refusals");
        Assert.True(unexpected.Count + refused.Count == 0,
            "let in against the rules:\n" + string.Join("\n", unexpected) + "\nturned away although allowed:\n" + string.Join("\n", refused));
        Assert.True(requests > 200, $"only {requests} requests: the endpoint list looks too short");
    }

    /// <summary>The rules of <see cref="Access"/>, written out again by hand: the code's policies must agree with them.</summary>
    private static bool Allowed(Access rule, Caller caller, bool ownCouncil) => rule switch
    {
        Access.Anyone => true,
        Access.SignedIn => caller is not (Caller.Anonymous or Caller.TokenA),
        Access.OrganisationMember => caller is Caller.UploaderA or Caller.ViewerA && ownCouncil,
        Access.OrganisationUploader => caller is Caller.UploaderA && ownCouncil,
        Access.TokenManager => caller is Caller.Admin || (caller is Caller.UploaderA && ownCouncil),
        Access.UploadToken => caller is Caller.TokenA && ownCouncil,
        Access.UploadStatus => caller is Caller.TokenA or Caller.UploaderA or Caller.ViewerA && ownCouncil,
        Access.Admin => caller is Caller.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "a new rule: write down who it allows"),
    };

    private static bool GotIn(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found
            && response.Headers.Location is { } location
            && !location.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal)
            && !location.OriginalString.Contains("/error/", StringComparison.Ordinal));

    private static bool TurnedAway(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true;

    private async Task<HttpClient> ClientAsync(Caller caller)
    {
        TestAccount? account = caller switch
        {
            Caller.UploaderA => app.A.Uploader,
            Caller.ViewerA => app.A.Viewer,
            Caller.Policy => app.Policy,
            Caller.Researcher => app.Researcher,
            Caller.Admin => app.Admin,
            _ => null,
        };
        if (account is not null)
        {
            return await app.SignInAsync(account, followRedirects: false);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (caller == Caller.TokenA)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", app.A.TokenSecret);
        }
        return client;
    }
}
