using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using EidAnalytics.Web.Tests.Organisations;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>A council user reads the retention, progression and pay sections of both scopes in a real browser.</summary>
public sealed class DashboardSectionsTests(CouncilServer app) : BrowserTests<CouncilServer>(app)
{
    [Fact]
    public async Task The_dashboard_shows_every_section_for_both_scopes_with_their_charts()
    {
        var page = await SignedInPageAsync(Roles.Viewer, CouncilApp.Code);

        await page.GotoAsync($"/organisations/{CouncilApp.Code}");

        foreach (var heading in new[] { "Joiners", "Leaving and staying", "Progression", "Pay", "Pay quartiles", "Bonuses" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToHaveCountAsync(2);
        }
        await Assertions.Expect(page.Locator("#it-function-pipeline-title")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#organisation-quartiles-title")).ToHaveCountAsync(1);
        // 3 leavers over the average of 10 and 9 staff: 31.6%.
        await Assertions.Expect(page.Locator("#it-function-retention-sentences li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#it-function-retention-sentences li").First).ToContainTextAsync("Turnover was 31.6%");
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("dashboard-sections.png"), FullPage = true });
    }
}
