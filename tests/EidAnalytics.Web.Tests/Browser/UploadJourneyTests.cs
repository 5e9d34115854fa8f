using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>A council user uploads an extract through the pages, waits for it to load and reads the headline figure.</summary>
public sealed class UploadJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Fact]
    public async Task Uploading_a_file_through_the_page_ends_on_the_dashboard_with_the_headline_figure()
    {
        await App.AddOrganisationAsync("E09000201", "Browser Test Borough");
        // 12 women of 64 people = 18.8%, Wilson 95% 11.1%–30.0%: inside the 12–16% band's reach.
        var file = Path.Combine(Path.GetTempPath(), $"browser-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Extracts.ItTeam("E09000201", women: 12, men: 52));
        var page = await SignedInPageAsync(Roles.Uploader, "E09000201");

        await page.GotoAsync("/uploads/new");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Upload and check')");

        // The status page updates itself (js/refresh-while.js) until the job has loaded the file.
        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Loaded", new() { Timeout = 60_000 });
        await page.ClickAsync("text=View the figures for Browser Test Borough");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Browser Test Borough");
        var headline = page.Locator("#it-function-headline");
        await Assertions.Expect(headline.Locator(".eid-headline__figure")).ToHaveTextAsync("18.8%");
        await Assertions.Expect(headline).ToContainTextAsync("12 of 64 people");
        await Assertions.Expect(headline).ToContainTextAsync("95% CI 11.1%–30.0%");
        await Assertions.Expect(page.Locator("#it-function-levels-title")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("dashboard.png"), FullPage = true });
        File.Delete(file);
    }

    [Fact]
    public async Task A_file_with_problems_shows_them_in_an_error_summary_listing_rows()
    {
        await App.AddOrganisationAsync("E09000202", "Problem Borough");
        var page = await SignedInPageAsync(Roles.Uploader, "E09000202");
        var csv = Extracts.ItTeam("E09000202", 2, 4).Replace("EMP0001,it,3,2020-01-06,female", "EMP0001,it,3,2020-01-06,W");
        var file = Path.Combine(Path.GetTempPath(), $"browser-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);

        await page.GotoAsync("/uploads/new");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Upload and check')");

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(summary).ToContainTextAsync("Row 3, gender");
        await Assertions.Expect(page.Locator("#problems tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("upload-problems.png"), FullPage = true });
        File.Delete(file);
    }

    [Fact]
    public async Task Submitting_the_form_without_a_file_shows_the_error_for_the_uploaders_own_organisation()
    {
        await App.AddOrganisationAsync("E09000203", "Empty Form Borough");
        var page = await SignedInPageAsync(Roles.Uploader, "E09000203");

        await page.GotoAsync("/uploads/new");
        await Assertions.Expect(page.Locator("#organisation")).ToHaveTextAsync("Empty Form Borough (E09000203)");
        await page.ClickAsync("button:has-text('Upload and check')");

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Select a CSV or XLSX file to upload");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
    }

    [Fact]
    public async Task The_status_page_of_an_upload_in_progress_changes_to_loaded_by_itself_without_reloading()
    {
        await App.AddOrganisationAsync("E09000204", "Live Status Borough");
        var id = await Extracts.QueuedWithoutJobAsync(App, "E09000204");
        var page = await SignedInPageAsync(Roles.Viewer, "E09000204");
        await page.GotoAsync($"/uploads/{id}");
        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Queued");
        // With JavaScript the Refresh button gives way to a note that the page updates itself.
        await Assertions.Expect(page.Locator("#refresh")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-refresh-note]")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        // The job finishes behind the page's back.
        await using (var db = App.CreateDbContext())
        {
            await db.Uploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Status, UploadStatus.Loaded)
                .SetProperty(u => u.StatusMessage, "Loaded 10 rows.")
                .SetProperty(u => u.FinishedAt, DateTimeOffset.UtcNow));
        }

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Loaded", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#upload-message")).ToHaveTextAsync("Loaded 10 rows.");
        // Said politely to screen readers, in place: the page was not reloaded.
        var announcement = page.Locator("#refresh-announcement[aria-live='polite']");
        await Assertions.Expect(announcement).ToHaveTextAsync("Loaded. Loaded 10 rows.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        Assert.Equal(0, navigations);
        await Assertions.Expect(page.Locator("#refresh")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#upload-progress")).Not.ToHaveAttributeAsync("data-refresh-while", "in-progress");
    }

    [Fact]
    public async Task Without_javascript_the_status_page_of_an_upload_in_progress_has_a_refresh_button_that_reloads_it()
    {
        await App.AddOrganisationAsync("E09000205", "No Script Borough");
        var id = await Extracts.QueuedWithoutJobAsync(App, "E09000205");
        var page = await SignedInPageAsync(Roles.Viewer, "E09000205", new() { JavaScriptEnabled = false });
        await page.GotoAsync($"/uploads/{id}");
        await Assertions.Expect(page.Locator("#refresh")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#upload-message")).ToHaveTextAsync("Waiting to be checked: it will start in a moment.");

        await using (var db = App.CreateDbContext())
        {
            await db.Uploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Loaded).SetProperty(u => u.StatusMessage, "Loaded 10 rows."));
        }
        await page.ClickAsync("#refresh");

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Loaded");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/uploads/{id}$"));
        await Assertions.Expect(page.Locator("#refresh")).ToHaveCountAsync(0);
    }
}
