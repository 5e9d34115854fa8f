using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>The home page tells each role what it can do there and offers only what it can.</summary>
public sealed class HomePageTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_viewer_reads_what_the_role_can_do_and_is_offered_no_upload()
    {
        await app.AddOrganisationAsync("E09000771", "Viewing Borough");
        var viewer = await app.SignedInClientAsync(Roles.Viewer, "E09000771");

        var page = new HtmlParser().ParseDocument(await viewer.GetStringAsync("/"));

        Assert.Equal(
            "You can view Viewing Borough's figures and briefings, download them, and compare councils. Uploading extracts and changing how a file is read are for your council's uploaders: ask one of them, or the service's administrator.",
            PageText.Normalised(page.QuerySelector("#role-statement")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("a[href='/uploads/new']"));
        Assert.Equal("Home", page.QuerySelector(".govuk-service-navigation__list a[href='/']")!.TextContent);
    }

    [Fact]
    public async Task An_uploader_is_offered_uploads_and_no_viewer_statement()
    {
        await app.AddOrganisationAsync("E09000772", "Uploading Borough");
        var uploader = await app.SignedInClientAsync(Roles.Uploader, "E09000772");

        var page = new HtmlParser().ParseDocument(await uploader.GetStringAsync("/"));

        Assert.Null(page.QuerySelector("#role-statement"));
        Assert.NotEmpty(page.QuerySelectorAll("main a[href='/uploads/new']"));
    }
}
