using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Briefings;

/// <summary>A council asks for a briefing of any snapshot it has loaded, not only the latest.</summary>
public sealed class BriefingOfASnapshotTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_briefing_asked_for_an_earlier_snapshot_is_of_that_snapshot()
    {
        await app.AddOrganisationAsync("E09000821", "Earlier Borough");
        var api = await app.ApiClientAsync("E09000821");
        // 2024: 2 women and 3 men (40.0%); 2025: 4 women and 5 men (44.4%).
        await Extracts.UploadTwoSnapshotsAsync(api, "E09000821");
        var uploader = await app.SignedInClientAsync(Roles.Uploader, "E09000821");
        long earlier;
        await using (var db = app.CreateDbContext())
        {
            earlier = await db.DatasetVersions.IgnoreQueryFilters()
                .Where(d => d.Organisation!.Code == "E09000821" && d.SnapshotDate == new DateOnly(2024, 3, 31)).Select(d => d.Id).SingleAsync();
        }

        var list = new HtmlParser().ParseDocument(await uploader.GetStringAsync("/organisations/E09000821/briefings"));
        using var asked = await Forms.PostAsync(uploader, "/organisations/E09000821/briefings", new Dictionary<string, string> { ["Dataset"] = earlier.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var page = await uploader.GetStringAsync($"/organisations/E09000821/briefing?dataset={earlier}");

        // The choice lists the latest first, then each snapshot.
        Assert.Equal(["The latest (31 March 2025)", "31 March 2025, IT-team extract, version 1", "31 March 2024, IT-team extract, version 1"],
            list.QuerySelectorAll("#dataset option").Select(o => o.TextContent));
        await Polling.UntilAsync(async () =>
        {
            await using var db = app.CreateDbContext();
            return await db.Briefings.IgnoreQueryFilters().AnyAsync(b => b.DatasetVersionId == earlier);
        }, TimeSpan.FromSeconds(90), "the briefing of 31 March 2024 stored");
        // 2 women of 5 in 2024.
        Assert.Contains("On 31 March 2024 women were 40.0% of the IT function (2 of 5 people)", page, StringComparison.Ordinal);
    }
}
