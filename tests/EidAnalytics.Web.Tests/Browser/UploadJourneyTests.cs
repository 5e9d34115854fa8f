using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
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

        // The status page refreshes itself until the job has loaded the file.
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
}
