using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>The dashboard says what changed since the council's previous snapshot.</summary>
public sealed class SincePreviousTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task The_share_of_women_then_and_now_is_said_beside_the_key_findings()
    {
        await app.AddOrganisationAsync("E09000811", "Changing Borough");
        var api = await app.ApiClientAsync("E09000811");
        // 2024: 2 women and 3 men (40.0%); 2025: 4 women and 5 men (44.4%).
        await Extracts.UploadTwoSnapshotsAsync(api, "E09000811");
        var viewer = await app.SignedInClientAsync(Roles.Viewer, "E09000811");

        var page = new HtmlParser().ParseDocument(await viewer.GetStringAsync("/organisations/E09000811"));
        var earliest = new HtmlParser().ParseDocument(await viewer.GetStringAsync(
            page.QuerySelectorAll("#datasets a").Single(a => a.TextContent.Contains("2024", StringComparison.Ordinal)).GetAttribute("href")!));

        Assert.Equal("Since 31 March 2024", page.QuerySelector("#since-previous-heading")!.TextContent);
        Assert.Equal(
            "Women's share of the IT function rose from 40.0% (2 of 5) on 31 March 2024 to 44.4% (4 of 9) on 31 March 2025.",
            page.QuerySelector("#since-previous li")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#contents a"), a => a.GetAttribute("href") == "#since-previous-heading");
        // The first snapshot has nothing before it.
        Assert.Null(earliest.QuerySelector("#since-previous"));
    }
}
