using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>The benchmark reports listed in groups, each with its latest PDF's date and size and the earlier ones a click away.</summary>
public sealed class BenchmarkListTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task Reports_are_grouped_and_the_latest_pdf_is_offered_with_its_history_behind_it()
    {
        await Councils.AddAsync(app, Councils.WithATinyTeam);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var families = await scope.ServiceProvider.GetRequiredService<ComparisonData>().FamiliesAsync(CancellationToken.None);
            var national = ReportScope.Find(ReportScope.National, "all", families)!;
            var reports = scope.ServiceProvider.GetRequiredService<BenchmarkReportService>();
            await reports.RenderAsync(national, "test:list:1", CancellationToken.None);
            await reports.RenderAsync(national, "test:list:2", CancellationToken.None);
        }
        var policy = await app.SignedInClientAsync(Roles.Policy);

        var page = new HtmlParser().ParseDocument(await policy.GetStringAsync("/benchmarks"));

        // The five councils are unitary authorities in the South West: one region, one type, and their families.
        Assert.Equal(["National", "Regions and nations", "Council types", "Council families"], page.QuerySelectorAll("main h2.govuk-heading-m").Select(h => h.TextContent));
        var row = page.QuerySelector("#benchmark-reports-national tbody tr")!;
        Assert.StartsWith("PDF of 31 March 2025", row.QuerySelector(".eid-latest-pdf")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\(\d[\d,.]* (KB|MB), \d+ pages, made ", row.QuerySelector(".eid-latest-pdf + .govuk-body-s")!.TextContent);
        Assert.StartsWith("Earlier PDFs (1)", row.QuerySelector(".govuk-details__summary-text")!.TextContent, StringComparison.Ordinal);
        Assert.Single(row.QuerySelectorAll(".govuk-details__text a"));
        Assert.Contains("No PDF yet.", page.QuerySelector("#benchmark-reports-regions")!.TextContent, StringComparison.Ordinal);
    }
}
