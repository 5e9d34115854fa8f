using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Comparisons;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>The dashboard and a comparison at a phone's and a desktop's width: the charts scale and nothing scrolls sideways.</summary>
public sealed class ChartLayoutTests(EidServer app) : BrowserTests<EidServer>(app)
{
    private const string Alder = "E06000902";

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_dashboard_and_a_comparison_fit_the_width_with_their_charts_scaled_to_it(int width)
    {
        await Councils.AddAsync(App, Councils.WithATinyTeam);
        using (var client = await App.ApiClientAsync(Alder))
        {
            // A year earlier, so the trend has two points.
            var earlier = await Extracts.UploadAsync(client, Alder, Extracts.ItTeam(Alder, 8, 56).Replace("2025-03-31", "2024-03-31", StringComparison.Ordinal));
            Assert.Equal("loaded", earlier.GetProperty("status").GetString());
        }
        var page = await SignedInPageAsync(Roles.Viewer, Alder, new() { ViewportSize = new() { Width = width, Height = 900 } });

        await page.GotoAsync($"/organisations/{Alder}");
        await Assertions.Expect(page.Locator("svg[data-chart='it-function-trend'] .mark")).ToHaveCountAsync(2);
        await AssertFitsAsync(page, "svg[data-chart='it-function-levels']");
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath($"dashboard-{width}.png"), FullPage = true });

        var researcher = await SignedInPageAsync(Roles.Researcher, options: new() { ViewportSize = new() { Width = width, Height = 900 } });
        await researcher.GotoAsync($"/comparisons?set=peers:{Alder}&k=3");
        await Assertions.Expect(researcher.Locator("#funnel-plot svg .mark.highlighted")).ToHaveCountAsync(1);
        await AssertFitsAsync(researcher, "#funnel-plot svg");
        await researcher.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath($"comparison-{width}.png"), FullPage = true });
    }

    /// <summary>No sideways scroll, and the chart drawn no wider than the page: its viewBox scales it down.</summary>
    private static async Task AssertFitsAsync(IPage page, string chart)
    {
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)");
        Assert.True(scroll[0] <= scroll[1], $"page is {scroll[0]} px wide in a {scroll[1]} px window: {string.Join(", ", wide)}");
        var box = await page.Locator(chart).First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= scroll[1], $"{chart} ends at {box.X + box.Width} px");
        Assert.True(box.Height > 100, $"{chart} is {box.Height} px tall");
    }
}
