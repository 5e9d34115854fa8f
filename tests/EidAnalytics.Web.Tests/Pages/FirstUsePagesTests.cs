using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EidAnalytics.Core.Reporting;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;
using EidAnalytics.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Pages;

/// <summary>
/// What a first-time user ran into: pages that reloaded themselves (meta refresh), a missing favicon, an
/// empty table of tokens, times without a zone, a blank "What happened" and a repeated upload dated by the
/// first. Pages waiting for work carry a Refresh button and the region js/refresh-while.js polls.
/// </summary>
public sealed partial class FirstUsePagesTests(EidApp app) : IClassFixture<EidApp>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void No_page_or_component_has_a_meta_refresh()
    {
        var features = Path.Combine(Repository.Root, "src", "EidAnalytics.Web", "Features");
        var offenders = Directory.EnumerateFiles(features, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => MetaRefresh().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(features, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task A_queued_upload_offers_a_refresh_button_is_polled_by_a_script_and_says_it_is_waiting_to_be_checked()
    {
        await app.AddOrganisationAsync("E09000851", "Waiting Borough");
        var id = await Extracts.QueuedWithoutJobAsync(app, "E09000851");
        var client = await app.SignedInClientAsync(Roles.Viewer, "E09000851");

        var page = await PageAsync(client, $"/uploads/{id}");

        AssertWaitingPage(page, "upload-progress", $"/uploads/{id}");
        Assert.Equal(StatusModel.QueuedMessage, page.GetElementById("upload-message")!.TextContent.Trim());
        Assert.EndsWith("(UK time) (10 KB)", page.GetElementById("upload-received")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loaded_upload_has_nothing_to_refresh()
    {
        await app.AddOrganisationAsync("E09000852", "Loaded Borough");
        var loaded = await Extracts.UploadAsync(await app.ApiClientAsync("E09000852"), "E09000852", Extracts.ItTeam("E09000852", 3, 7));
        var client = await app.SignedInClientAsync(Roles.Viewer, "E09000852");

        var page = await PageAsync(client, $"/uploads/{loaded.GetProperty("id").GetString()}");

        Assert.Empty(page.QuerySelectorAll("meta[http-equiv]"));
        Assert.Equal("done", page.GetElementById("upload-progress")!.GetAttribute("data-refresh-while"));
        Assert.Empty(page.QuerySelectorAll("[data-refresh-control]"));
        Assert.Equal("Loaded", page.GetElementById("upload-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_briefing_being_printed_offers_a_refresh_button_and_is_polled_by_a_script()
    {
        await app.AddOrganisationAsync("E09000853", "Printing Borough");
        var key = await PendingRequestAsync("on-demand:briefing-test");
        var client = await app.SignedInClientAsync(Roles.Viewer, "E09000853");

        var page = await PageAsync(client, $"/organisations/E09000853/briefings?requested={key}");

        AssertWaitingPage(page, "briefing-progress", $"/organisations/E09000853/briefings?requested={key}");
        Assert.Contains("Your briefing is queued.", page.GetElementById("briefing-pending")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmark_pdf_being_printed_offers_a_refresh_button_and_once_printed_says_it_is_ready()
    {
        var key = await PendingRequestAsync($"on-demand:{Guid.NewGuid():N}:national:all");
        var client = await app.SignedInClientAsync(Roles.Policy);

        var waiting = await PageAsync(client, $"/benchmarks?requested={key}");

        AssertWaitingPage(waiting, "report-progress", $"/benchmarks?requested={key}");
        Assert.Empty(waiting.QuerySelectorAll("#report-ready"));
        Assert.Contains(waiting.QuerySelectorAll("button"), b => b.TextContent.StartsWith("Make a PDF", StringComparison.Ordinal));
        Assert.DoesNotContain(waiting.QuerySelectorAll("button"), b => b.TextContent.Contains("Print a PDF", StringComparison.Ordinal));

        var reportId = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            db.BenchmarkReports.Add(new BenchmarkReport
            {
                Id = reportId, Scope = "national", ScopeKey = "all", SnapshotDate = new DateOnly(2025, 3, 31), RequestKey = key,
                RenderedAt = DateTimeOffset.UtcNow, PageCount = 1, Pdf = "%PDF-"u8.ToArray(),
            });
            await db.SaveChangesAsync();
        }
        var ready = await PageAsync(client, $"/benchmarks?requested={key}");

        var banner = ready.GetElementById("report-ready")!;
        Assert.Contains("govuk-notification-banner--success", banner.ClassList);
        Assert.Contains("is ready", banner.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/benchmark-reports/{reportId}/pdf", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("done", ready.GetElementById("report-progress")!.GetAttribute("data-refresh-while"));
        Assert.Empty(ready.QuerySelectorAll("[data-refresh-control]"));
    }

    [Fact]
    public async Task The_favicon_the_layout_links_to_is_served()
    {
        var client = app.CreateClient();
        var page = await PageAsync(client, "/account/sign-in");
        var icons = page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Contains("/favicon.ico", icons);
        foreach (var icon in icons.Append("/favicon.ico"))
        {
            using var response = await client.GetAsync(icon);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Content.Headers.ContentLength > 0, icon);
        }
    }

    [Fact]
    public async Task An_organisation_without_api_tokens_is_told_so_rather_than_shown_an_empty_table()
    {
        await app.AddOrganisationAsync("E09000854", "Tokenless Borough");
        var client = await app.SignedInClientAsync(Roles.Uploader, "E09000854");

        var page = await PageAsync(client, "/organisations/E09000854/tokens");

        Assert.Null(page.GetElementById("tokens"));
        var none = page.GetElementById("no-tokens")!;
        Assert.Equal(("No tokens yet.", true), (none.TextContent.Trim(), none.ClassList.Contains("govuk-body")));
    }

    [Fact]
    public async Task An_identical_file_uploaded_again_shows_when_it_was_received_not_when_the_first_was()
    {
        await app.AddOrganisationAsync("E09000855", "Repeat Page Borough");
        var csv = Extracts.ItTeam("E09000855", 4, 6);
        var first = await Extracts.UploadAsync(await app.ApiClientAsync("E09000855"), "E09000855", csv);
        var firstId = Guid.Parse(first.GetProperty("id").GetString()!);
        // The first upload was received on 15 January 2025 at 10:00 UTC, 10:00am in the UK (GMT).
        await Sql.ExecuteAsync(app.ConnectionString, $"update uploads set received_at = '2025-01-15T10:00:00Z' where id = '{firstId}'");
        var client = await app.SignedInClientAsync(Roles.Uploader, "E09000855");
        var token = AntiforgeryToken().Match(await client.GetStringAsync("/uploads/new")).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "ExtractFile", "extract.csv" },
        };
        var before = DateTimeOffset.UtcNow;

        using var response = await client.PostAsync("/uploads/new", form);

        Assert.Equal($"/uploads/{firstId}", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var received = page.GetElementById("upload-received")!.TextContent;
        Assert.DoesNotContain("15 January 2025", received, StringComparison.Ordinal);
        Assert.Contains(FigureText.Date(before), received, StringComparison.Ordinal);
        Assert.Contains("(UK time)", received, StringComparison.Ordinal);
        Assert.Contains("15 January 2025, 10:00am (UK time)", page.GetElementById("upload-unchanged")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The in-progress page's region, the script that polls it, its Refresh button (a link to the page itself) and no meta refresh.</summary>
    private static void AssertWaitingPage(IDocument page, string regionId, string address)
    {
        Assert.Empty(page.QuerySelectorAll("meta[http-equiv]"));
        Assert.Equal("in-progress", page.GetElementById(regionId)!.GetAttribute("data-refresh-while"));
        var refresh = page.GetElementById(regionId)!.QuerySelector("[data-refresh-control] a.govuk-button.govuk-button--secondary")!;
        Assert.Equal(("Refresh the page", address), (refresh.TextContent.Trim(), WebUtility.HtmlDecode(refresh.GetAttribute("href"))));
        var scripts = page.QuerySelectorAll("script").ToList();
        // The content security policy allows scripts from the service's own origin only: no inline script.
        Assert.All(scripts, s => Assert.StartsWith("/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.GetAttribute("src")!.StartsWith("/js/refresh-while.js", StringComparison.Ordinal));
        Assert.Contains("script-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        Assert.True(response.IsSuccessStatusCode, $"{address}: {response.StatusCode}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A request whose job sits queued where no worker looks, so its page keeps waiting.</summary>
    private async Task<string> PendingRequestAsync(string requestKey)
    {
        var client = app.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = client.Create(Job.FromExpression(() => Console.WriteLine("never run")), new EnqueuedState("test_nobody"));
        await Sql.ExecuteAsync(app.ConnectionString, $"insert into job_requests (request_key, job_id) values ('{requestKey}', '{jobId}')");
        return requestKey;
    }

    [GeneratedRegex("http-equiv\\s*=\\s*[\"']?refresh", RegexOptions.IgnoreCase)]
    private static partial Regex MetaRefresh();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
