using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using EidAnalytics.Web.Tests.Organisations;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>
/// The projection's target form in Chromium, at a phone's and a desktop's width: a wrong entry is reported
/// beside its box and in the summary, a right one works the hiring share out, and nothing scrolls sideways.
/// The figures are <see cref="BehindTheFiguresTests"/>' hand-worked ones.
/// </summary>
public sealed class TargetFormJourneyTests(AnalysisServer app) : BrowserTests<AnalysisServer>(app)
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task A_user_tries_a_wrong_then_a_right_target_and_reads_the_hiring_share_needed(int width)
    {
        var page = await SignedInPageAsync(Roles.Viewer, AnalysisApp.Code, new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync($"/organisations/{AnalysisApp.Code}");

        await page.FillAsync("#it-function-target", "fifty");
        await page.ClickAsync("#it-function-target-form button:has-text('Work it out')");
        await Assertions.Expect(page.Locator("#it-function-target-error")).ToHaveTextAsync("Error: The women's share must be a whole number between 1 and 99");
        await Assertions.Expect(page.Locator("#it-function-target-error-summary")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);

        await page.FillAsync("#it-function-target", "50");
        await page.FillAsync("#it-function-years", "1");
        await page.ClickAsync("#it-function-target-form button:has-text('Work it out')");
        // Year 1: (13.6 + 12h) / 42 = 0.5, h = 0.616667.
        await Assertions.Expect(page.Locator("#it-function-projection-sentences li").Nth(1))
            .ToHaveTextAsync("To reach a women's share of 50% by 2026, 62% of hires would need to be women, at every level.");
        Assert.Contains("target=50", page.Url, StringComparison.Ordinal);
        await AssertNoSidewaysScrollAsync(page);
        await page.Locator("section[aria-labelledby='it-function-behind-heading']").ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath($"behind-the-figures-{width}.png") });
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(scroll[0] <= scroll[1], $"page is {scroll[0]} px wide in a {scroll[1]} px window");
    }
}
