using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>The trends page asks for its target as a percentage, and says plainly when what was typed is not one.</summary>
public sealed class TrendsTargetTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_target_typed_as_a_percentage_is_the_share_each_trajectory_runs_to()
    {
        var page = await TrendsAsync("target=40");

        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal("40", page.QuerySelector("#target")!.GetAttribute("value"));
        Assert.Contains("the year 40.0% would be reached", page.QuerySelector("#trend-table caption")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.3")] // a fraction, as the form used to ask for: 0.3% is below 1%
    [InlineData("thirty")]
    [InlineData("101")]
    public async Task A_target_that_is_not_a_percentage_from_1_to_100_is_an_error_beside_the_box_and_the_default_is_used(string typed)
    {
        var page = await TrendsAsync($"target={Uri.EscapeDataString(typed)}");

        Assert.Equal("Enter the target as a percentage from 1 to 100, such as 30", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("Error: Enter the target as a percentage from 1 to 100, such as 30", page.QuerySelector("#target-error")!.TextContent.Trim());
        Assert.Equal(typed, page.QuerySelector("#target")!.GetAttribute("value"));
        // The default target, Eid:Comparisons:Target, is 30%.
        Assert.Contains("the year 30.0% would be reached", page.QuerySelector("#trend-table caption")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> TrendsAsync(string query)
    {
        await Councils.AddAsync(app, Councils.WithATinyTeam);
        var client = await app.SignedInClientAsync(Roles.Researcher);
        return new HtmlParser().ParseDocument(await client.GetStringAsync($"/comparisons/trends?set=all&{query}"));
    }
}
