using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Uploads;

/// <summary>An organisation's uploads stay listed, a rejected one with its problems, once the upload's own page is closed.</summary>
public sealed class UploadHistoryTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task The_list_shows_each_upload_newest_first_with_its_status_rows_problems_and_sender()
    {
        await app.AddOrganisationAsync("E09000781", "Listing Borough");
        var api = await app.ApiClientAsync("E09000781");
        // 2 women and 3 men: 5 rows loaded. Then a file whose second person is at level 9: 1 problem.
        var loaded = await Extracts.UploadAsync(api, "E09000781", Encoding.UTF8.GetBytes(Extracts.ItTeam("E09000781", 2, 3)), "march.csv");
        var rejected = await Extracts.UploadAsync(api, "E09000781",
            Encoding.UTF8.GetBytes(Extracts.ItTeam("E09000781", 1, 1).Replace("EMP0001,it,3,", "EMP0001,it,9,", StringComparison.Ordinal)), "june.csv");
        var uploader = await app.SignedInClientAsync(Roles.Uploader, "E09000781");

        var page = new HtmlParser().ParseDocument(await uploader.GetStringAsync("/organisations/E09000781/uploads"));

        var rows = page.QuerySelectorAll("#uploads tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => PageText.Normalised(c.TextContent)).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["june.csv", "Not loaded 1 problem in june.csv", "–"], rows[0].Take(3));
        Assert.Equal(["march.csv", "Loaded", "5"], rows[1].Take(3));
        Assert.All(rows, r => Assert.Equal("API token 'test'", r[4]));
        Assert.Equal($"/uploads/{rejected.GetProperty("id").GetGuid()}#problems", page.QuerySelector($"#uploads a[href$='#problems']")!.GetAttribute("href"));
        Assert.Equal($"/uploads/{loaded.GetProperty("id").GetGuid()}", page.QuerySelectorAll("#uploads tbody tr")[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_council_with_no_uploads_is_told_so_and_another_councils_list_is_not_found()
    {
        await app.AddOrganisationAsync("E09000782", "Empty Borough");
        await app.AddOrganisationAsync("E09000783", "Other Borough");
        var viewer = await app.SignedInClientAsync(Roles.Viewer, "E09000782");

        var page = new HtmlParser().ParseDocument(await viewer.GetStringAsync("/organisations/E09000782/uploads"));
        using var other = await viewer.GetAsync("/organisations/E09000783/uploads");

        Assert.Equal("No extracts have been uploaded yet.", page.QuerySelector("#no-uploads")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href='/uploads/new']"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
