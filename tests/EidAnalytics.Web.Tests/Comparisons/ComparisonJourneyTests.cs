using System.Globalization;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>A researcher builds a basket in the browser, sees the funnel plot and downloads the figures.</summary>
public sealed class ComparisonJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Fact]
    public async Task A_basket_is_a_shareable_link_with_a_funnel_plot_and_a_csv_of_its_figures()
    {
        await Councils.AddAsync(App, Councils.WithATinyTeam);
        var page = await SignedInPageAsync(Roles.Researcher, options: new() { AcceptDownloads = true });

        await page.GotoAsync("/comparisons");
        await page.CheckAsync("#set-basket");
        await page.ClickAsync("summary:has-text('Choose a basket')");
        foreach (var code in new[] { "E06000901", "E06000902", "E06000903", "E06000905" })
        {
            await page.CheckAsync($"#orgs-{code}");
        }
        await page.SelectOptionAsync("#benchmark", "band-low");
        await page.ClickAsync("#compare");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("set=basket.*orgs=E06000902.*orgs=E06000903.*orgs=E06000905.*orgs=E06000901"));
        await Assertions.Expect(page.Locator("#comparison-heading")).ToContainTextAsync("a basket of 4 organisations");
        // Three published teams are plotted; the three-person team is not.
        await Assertions.Expect(page.Locator("#funnel-plot svg .mark")).ToHaveCountAsync(3);
        // The two 99.8% limit curves and the legend's sample of them.
        await Assertions.Expect(page.Locator("#funnel-plot svg path[stroke-dasharray='2 3']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#comparison-table tr[data-code='E06000901']")).ToContainTextAsync("[c]");
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("comparison-basket.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var path = Infrastructure.Browser.ArtifactPath("comparison-basket.csv");
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();

        Assert.StartsWith("Indicator ID,Indicator,Area code,Area name", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(6, lines.Count); // header, four organisations, the basket's total
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // Columns 6 and 7 are the value to 4 decimal places and as a percentage to 1; 8 and 9 are Count and
        // Denominator: published counts, changed by at most 2 from Alder's 12 of 64.
        var alder = cells.Single(c => c[2] == "E06000902");
        var (count, denominator) = (long.Parse(alder[8], CultureInfo.InvariantCulture), long.Parse(alder[9], CultureInfo.InvariantCulture));
        Assert.InRange(count, 10, 14);
        Assert.InRange(denominator, 62, 66);
        Assert.Equal(((double)count / denominator).ToString("0.0000", CultureInfo.InvariantCulture), alder[6]);
        Assert.Equal((100.0 * count / denominator).ToString("0.0", CultureInfo.InvariantCulture), alder[7]);
        Assert.Contains("[c]", cells.Single(c => c[2] == "E06000901"));
        // The basket's total is the sum of its shown members' published counts (the three-person team left out), nothing fresher.
        var shown = cells.Where(c => c[2] is "E06000902" or "E06000903" or "E06000905").ToList();
        var total = cells.Single(c => c[3] == "Total: a basket of 4 organisations");
        Assert.Equal(shown.Sum(c => long.Parse(c[8], CultureInfo.InvariantCulture)), long.Parse(total[8], CultureInfo.InvariantCulture));
        Assert.Equal(shown.Sum(c => long.Parse(c[9], CultureInfo.InvariantCulture)), long.Parse(total[9], CultureInfo.InvariantCulture));
        Assert.Contains("(1 left out)", lines.Single(l => l.Contains("Total: a basket", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_link_to_share_names_the_metric_set_and_snapshot_shown_when_the_page_was_opened_without_them()
    {
        await Councils.AddAsync(App, Councils.WithATinyTeam);
        var page = await SignedInPageAsync(Roles.Researcher);

        await page.GotoAsync("/comparisons");

        // The defaults: the first comparable metric, all organisations, the latest snapshot.
        await Assertions.Expect(page.Locator("#share-link")).ToHaveAttributeAsync("href",
            "/comparisons?metric=representation.women_share&set=all&snapshot=2025-03-31");
    }

    [Fact]
    public async Task A_peer_group_page_explains_why_each_peer_is_near_and_links_to_its_comparison()
    {
        await Councils.AddAsync(App, Councils.WithATinyTeam);
        var page = await SignedInPageAsync(Roles.Researcher);

        await page.GotoAsync("/comparisons/peers/E06000902?k=3");
        await Assertions.Expect(page.Locator("#peers tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#peers")).ToContainTextAsync("same type (Unitary authority), same region (South West), IT team");
        await page.ClickAsync("#compare-peers");

        await Assertions.Expect(page.Locator("#peer-reasons li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#funnel-plot svg .mark.highlighted")).ToHaveCountAsync(1);
    }
}
