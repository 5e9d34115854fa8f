using System.Net;
using DocumentFormat.OpenXml.Packaging;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Organisations;

/// <summary>A council downloads its own figures as CSV and XLSX, linked from the dashboard; another council's are not found.</summary>
public sealed class OwnFiguresDownloadTests(CouncilApp app) : IClassFixture<CouncilApp>
{
    [Fact]
    public async Task The_csv_has_a_row_per_scope_and_metric_with_the_share_to_four_places_and_as_a_percentage()
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);

        using var response = await viewer.GetAsync($"/organisations/{CouncilApp.Code}/figures.csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Organisation code,Snapshot date,Scope,Metric id,Value,Percentage,Numerator,Denominator,Lower 95% limit,Upper 95% limit,Category,Why there is no value", lines[0]);
        // IT function at the snapshot: W1 W2 W3 W5 of 9 staff = 4 / 9 = 0.4444, 44.4%.
        var share = lines.Single(l => l.Contains(",it_function,representation.women_share,", StringComparison.Ordinal));
        Assert.StartsWith($"{CouncilApp.Code},2025-03-31,it_function,representation.women_share,0.4444,44.4,4,9,", share, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",organisation,representation.women_share,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_xlsx_holds_the_same_rows_and_the_dashboard_links_both()
    {
        var viewer = await app.SignedInClientAsync(Roles.Viewer, CouncilApp.Code);
        var csvRows = (await viewer.GetStringAsync($"/organisations/{CouncilApp.Code}/figures.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;

        await using var xlsx = new MemoryStream(await viewer.GetByteArrayAsync($"/organisations/{CouncilApp.Code}/figures.xlsx"));
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheetRows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        var dashboard = await viewer.GetStringAsync($"/organisations/{CouncilApp.Code}");

        Assert.Equal(csvRows, sheetRows);
        Assert.Contains($"href=\"/organisations/{CouncilApp.Code}/figures.csv\"", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organisations/{CouncilApp.Code}/figures.xlsx\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_councils_figures_are_not_found()
    {
        await app.AddOrganisationAsync("E09000791", "Elsewhere Borough");
        var stranger = await app.SignedInClientAsync(Roles.Viewer, "E09000791");

        using var response = await stranger.GetAsync($"/organisations/{CouncilApp.Code}/figures.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
