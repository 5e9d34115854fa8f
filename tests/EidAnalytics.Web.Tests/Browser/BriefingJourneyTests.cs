using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>Asking for a briefing on demand: the button queues it, the page waits for it, the PDF downloads.</summary>
public sealed class BriefingJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Fact]
    public async Task Asking_for_a_briefing_lists_it_and_its_pdf_downloads()
    {
        await App.AddOrganisationAsync("E09000401", "On Demand Borough");
        await Extracts.UploadAsync(await App.ApiClientAsync("E09000401"), "E09000401", Extracts.ItTeam("E09000401", 5, 20));
        var page = await SignedInPageAsync(Roles.Viewer, "E09000401", new() { AcceptDownloads = true });

        await page.GotoAsync("/organisations/E09000401");
        await page.ClickAsync("text=Briefings");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Briefings");
        await page.ClickAsync("button:has-text('Create a briefing now')");

        // With JavaScript the list page updates itself until the requested briefing is stored, then says it is ready.
        var rows = page.Locator("#briefings tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#briefing-pending")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#briefing-ready")).ToContainTextAsync("Your briefing is ready");
        var download = await page.RunAndWaitForDownloadAsync(() => rows.First.Locator("a:has-text('PDF')").ClickAsync());

        Assert.Equal("E09000401-2025-03-31-briefing.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        var header = new byte[5];
        await using (var file = File.OpenRead(path!))
        {
            await file.ReadExactlyAsync(header);
        }
        Assert.Equal("%PDF-"u8.ToArray(), header);
    }
}
