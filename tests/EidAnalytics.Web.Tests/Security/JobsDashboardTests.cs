using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>The Hangfire dashboard at /admin/jobs: administrators see every job; nobody else sees or changes anything.</summary>
public sealed class JobsDashboardTests(TwoCouncilsApp app) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public async Task An_administrator_reaches_the_jobs_dashboard_and_sees_the_recurring_jobs_and_the_imports()
    {
        var admin = await app.SignInAsync(app.Admin, followRedirects: false);

        using var home = await admin.GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("EidAnalytics jobs", html, StringComparison.Ordinal);
        // Links are relative to the request, so the dashboard works the same behind a TLS-terminating proxy.
        Assert.DoesNotContain("http://localhost", html, StringComparison.Ordinal);

        var recurring = await admin.GetStringAsync("/admin/jobs/recurring");
        foreach (var id in new[] { "render-all-briefings", "render-all-benchmark-reports", "purge-expired-datasets" })
        {
            Assert.Contains(id, recurring, StringComparison.Ordinal);
        }
        Assert.Contains("Europe/London", recurring, StringComparison.Ordinal);
        var succeeded = await admin.GetStringAsync("/admin/jobs/jobs/succeeded");
        Assert.Contains("Ingest upload", succeeded, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jobs\"", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_dashboard_is_an_admin_endpoint_of_the_access_matrix()
    {
        var dashboard = Assert.Single(Endpoints.All(app.Services), c => c.Pattern.StartsWith("/admin/jobs", StringComparison.Ordinal));
        Assert.Equal(Access.Admin, dashboard.Rule);
        Assert.Equal("/admin/jobs/recurring", Endpoints.Url(dashboard, app.A));
    }

    [Fact]
    public async Task No_other_role_and_nobody_signed_out_reaches_the_dashboard_or_triggers_a_job()
    {
        var others = new Dictionary<string, HttpClient>
        {
            ["signed out"] = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
            ["uploader"] = await app.SignInAsync(app.A.Uploader, followRedirects: false),
            ["viewer"] = await app.SignInAsync(app.A.Viewer, followRedirects: false),
            ["policy"] = await app.SignInAsync(app.Policy, followRedirects: false),
            ["researcher"] = await app.SignInAsync(app.Researcher, followRedirects: false),
        };
        var let = new List<string>();
        foreach (var (who, client) in others)
        {
            foreach (var path in new[] { "/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/jobs/failed", "/admin/jobs/stats" })
            {
                using var response = path.EndsWith("/stats", StringComparison.Ordinal)
                    ? await client.PostAsync(path, new FormUrlEncodedContent([]))
                    : await client.GetAsync(path);
                if (!Refused(response))
                {
                    let.Add($"{who} {path} → {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
            using var trigger = await client.PostAsync("/admin/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "purge-expired-datasets")]));
            if (!Refused(trigger))
            {
                let.Add($"{who} trigger → {(int)trigger.StatusCode} {trigger.Headers.Location}");
            }
        }
        Assert.True(let.Count == 0, string.Join("\n", let));
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/error/403", StringComparison.Ordinal)));
}
