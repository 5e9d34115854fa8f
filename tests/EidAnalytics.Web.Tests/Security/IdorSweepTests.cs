using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// Council A's users try every id council B owns — uploads (loaded, rejected, waiting), dataset,
/// briefing, mapping profile, API token — through every route that takes one, including routes
/// naming A's own code with B's id, and the jobs dashboard's page of B's import. None may answer with B's data.
/// </summary>
public sealed class IdorSweepTests(TwoCouncilsApp app, ITestOutputHelper output) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public async Task Council_As_users_reach_nothing_of_council_Bs_by_id()
    {
        var (a, b) = (app.A, app.B);
        Guid[] bUploads = [b.LoadedUpload, b.FailedUpload, b.WaitingUpload];
        var gets = bUploads.SelectMany(id => new[]
            {
                $"/uploads/{id}", $"/uploads/{id}/problems.csv", $"/api/extracts/{id}",
                $"/uploads/{id}/mapping", $"/uploads/{id}/mapping/codes", $"/uploads/{id}/mapping/check",
            })
            .Concat([
                $"/briefings/{b.Briefing}/pdf",
                $"/organisations/{a.Code}?dataset={b.Dataset}",
                $"/organisations/{b.Code}?dataset={b.Dataset}",
                $"/api/organisations/{a.Code}/metrics?dataset={b.Dataset}",
                $"/api/organisations/{b.Code}/metrics",
                $"/organisations/{b.Code}/briefing",
                $"/organisations/{b.Code}/briefings",
                $"/organisations/{b.Code}/tokens",
                $"/organisations/{b.Code}/profiles",
                $"/organisations/{b.Code}/profiles?handler=Download&name={b.ProfileName}",
                $"/organisations/{a.Code}/profiles?handler=Download&name={b.ProfileName}",
            ])
            .ToList();

        // The jobs dashboard shows every council's jobs (their arguments are ids): administrators only.
        var bIngestJob = await Sql.ScalarAsync<string>(app.ConnectionString, $"select job_id from job_requests where request_key = 'ingest:{b.LoadedUpload:N}'");
        gets.AddRange([$"/admin/jobs/jobs/details/{bIngestJob}", "/admin/jobs/jobs/succeeded", "/admin/jobs"]);

        var requests = 0;
        var leaks = new List<string>();
        foreach (var client in new[]
        {
            await app.SignInAsync(a.Uploader, followRedirects: false), await app.SignInAsync(a.Viewer, followRedirects: false), ApiClient(a.TokenSecret),
        })
        {
            foreach (var url in gets)
            {
                using var response = await client.GetAsync(url);
                requests++;
                if (response.IsSuccessStatusCode)
                {
                    leaks.Add($"GET {url} → {(int)response.StatusCode}");
                }
            }
            // Revoking B's token from A's token page.
            using var revoke = await Forms.PostAsync(client, "/account/sign-in", postUrl: $"/organisations/{a.Code}/tokens?handler=Revoke&id={b.Token}");
            requests++;
            if (revoke.IsSuccessStatusCode)
            {
                leaks.Add($"POST revoke of B's token → {(int)revoke.StatusCode}");
            }
            // Deleting B's mapping profile from A's profiles page.
            using var delete = await Forms.PostAsync(client, "/account/sign-in", postUrl: $"/organisations/{a.Code}/profiles?handler=Delete&name={b.ProfileName}");
            requests++;
            // A refusal redirects to sign-in; a deletion would redirect to the page saying it was deleted.
            if (delete.IsSuccessStatusCode || delete.Headers.Location?.OriginalString.Contains("deleted=", StringComparison.Ordinal) == true)
            {
                leaks.Add($"POST delete of B's mapping profile → {(int)delete.StatusCode}");
            }
        }

        // A's mapping wizard lists A's saved profiles, never B's.
        var wizard = await (await app.SignInAsync(a.Uploader)).GetStringAsync($"/uploads/{a.WaitingUpload}/mapping");
        Assert.DoesNotContain(b.ProfileName, wizard, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Null(await db.ApiTokens.Where(t => t.Id == b.Token).Select(t => t.RevokedAt).SingleAsync());
        Assert.True(await db.OrganisationProfiles.AnyAsync(p => p.Name == b.ProfileName));
        output.WriteLine($"{requests} requests for council B's ids from council A's uploader, viewer and token: {leaks.Count} answered with B's data");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private HttpClient ApiClient(string secret)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }
}
