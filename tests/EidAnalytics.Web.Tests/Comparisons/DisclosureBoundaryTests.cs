using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>
/// DESIGN §7, shown: every page, API and download that shows figures of several organisations withholds a
/// three-person team's share as [c], never shows a count from 1 to 4, and the test finds those endpoints itself.
/// </summary>
public sealed class DisclosureBoundaryTests(EidApp app) : IClassFixture<EidApp>, IAsyncLifetime
{
    private const string Tiny = "E06000901";
    private HttpClient _client = null!;

    /// <summary>A concrete address for every cross-organisation route; a new one must be added here or the first test fails.</summary>
    private static readonly Dictionary<string, string> Addresses = new()
    {
        ["/comparisons"] = "/comparisons?set=region:South West",
        ["/comparisons/trends"] = "/comparisons/trends?set=type:unitary",
        ["/comparisons/figures.csv"] = "/comparisons/figures.csv?set=all",
        ["/comparisons/figures.xlsx"] = "/comparisons/figures.xlsx?set=basket&orgs=E06000901&orgs=E06000902",
        ["/api/comparisons"] = "/api/comparisons?set=peers:E06000902&k=4",
        ["/benchmarks/{scope}/{key}"] = "/benchmarks/region/south-west",
        ["/benchmarks/{scope}/{key}/figures.csv"] = "/benchmarks/national/all/figures.csv",
        ["/benchmarks/{scope}/{key}/figures.xlsx"] = "/benchmarks/type/unitary/figures.xlsx",
        ["/benchmarks/{scope}/{key}/figures.json"] = "/benchmarks/national/all/figures.json",
    };

    public async Task InitializeAsync()
    {
        await Councils.AddAsync(app, Councils.WithATinyTeam);
        _client = await app.SignedInClientAsync(Roles.Researcher);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_cross_organisation_endpoint_is_listed_for_the_disclosure_check()
    {
        var marked = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CrossOrganisationAttribute>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet();

        Assert.Equal(Addresses.Keys.Order(), marked.Order());
    }

    [Fact]
    public async Task Every_cross_organisation_endpoint_shows_c_for_a_three_person_team_and_no_count_from_1_to_4()
    {
        foreach (var address in Addresses.Values)
        {
            await AssertProtectedAsync(address);
        }
    }

    [Fact]
    public async Task The_tiny_teams_council_family_shows_c_for_it_in_comparisons_reports_and_downloads()
    {
        // Five councils of one type and region whose sizes differ: k-means makes four families of them.
        await using var scope = app.Services.CreateAsyncScope();
        var family = (await scope.ServiceProvider.GetRequiredService<ComparisonData>().FamiliesAsync(CancellationToken.None)).Single(f => f.Codes.Contains(Tiny));

        Assert.Contains($"value=\"{family.Key}\"", await _client.GetStringAsync("/comparisons")); // among the sets to compare
        foreach (var address in new[] { $"/comparisons?set={family.Key}", $"/benchmarks/family/{family.Number}", $"/benchmarks/family/{family.Number}/figures.csv" })
        {
            await AssertProtectedAsync(address);
        }
    }

    private async Task AssertProtectedAsync(string address)
    {
        using var response = await _client.GetAsync(address);
        Assert.True(response.IsSuccessStatusCode, $"{address}: {response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = response.Content.Headers.ContentType!.MediaType switch
        {
            "text/csv" => CsvRows(Encoding.UTF8.GetString(bytes)),
            "application/json" => JsonRows(bytes),
            "text/html" => HtmlRows(Encoding.UTF8.GetString(bytes)),
            _ => XlsxRows(bytes),
        };
        var tinyRows = rows.Where(r => r.Any(cell => cell.Contains(Tiny, StringComparison.Ordinal) || cell.Contains("Tiny Team Council", StringComparison.Ordinal))).ToList();
        Assert.True(tinyRows.Count > 0, $"{address} does not list the tiny team");
        // Every row of the team shows [c], except rows of metrics its extract cannot give (no leave dates: no stability).
        Assert.All(tinyRows, row => Assert.True(row.Contains("[c]") || row.Contains("No data for this snapshot"), string.Join(" | ", row)));
        Assert.Contains(tinyRows, row => row.Contains("[c]"));
        // 1 woman of 3 is 33.3% (0.3333, or 33.3 in the percentage column): it must not appear in the team's rows, nor the counts 1 and 3.
        Assert.All(tinyRows, row => Assert.DoesNotContain(row, cell => cell.Contains("33.3%", StringComparison.Ordinal) || cell == "33.3" || cell.StartsWith("0.3333", StringComparison.Ordinal)));
        AssertNoSmallCounts(address, rows);
    }

    [Theory]
    [InlineData("region")]
    [InlineData("family")]
    public async Task A_printed_benchmark_report_shows_c_for_the_three_person_team(string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var families = await scope.ServiceProvider.GetRequiredService<ComparisonData>().FamiliesAsync(CancellationToken.None);
        var report = kind == "region"
            ? ReportScope.Find("region", "south-west", families)!
            : ReportScope.Find("family", families.Single(f => f.Codes.Contains(Tiny)).Number.ToString(System.Globalization.CultureInfo.InvariantCulture), families)!;
        var id = await scope.ServiceProvider.GetRequiredService<BenchmarkReportService>()
            .RenderAsync(report, $"test:disclosure:{kind}", CancellationToken.None);
        var pdf = await _client.GetByteArrayAsync($"/benchmark-reports/{id}/pdf");
        var path = Infrastructure.Browser.ArtifactPath($"benchmark-{kind}.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        var text = await Programs.RunAsync("pdftotext", "-layout", path, "-");

        var tinyLine = text.Split('\n').First(l => l.Contains("Tiny Team Council", StringComparison.Ordinal));
        Assert.Contains("[c]", tinyLine);
        Assert.DoesNotContain("33.3%", text);
        Assert.Contains("Tagged:          yes", await Programs.RunAsync("pdfinfo", path));
    }

    /// <summary>Count and denominator columns (or table cells under "Count"/"Of"/"Women") hold [c], nothing, 0 or a whole number of at least 5.</summary>
    private static void AssertNoSmallCounts(string address, List<List<string>> rows)
    {
        var header = rows.FirstOrDefault(r => r.Contains("Count") || r.Contains("Women"));
        if (header is null)
        {
            return;
        }
        var columns = header.Select((name, i) => (name, i)).Where(c => c.name is "Count" or "Denominator" or "Of" or "Women").Select(c => c.i).ToList();
        foreach (var row in rows.Where(r => r != header && r.Count == header.Count))
        {
            foreach (var i in columns)
            {
                var cell = row[i].Replace(",", "", StringComparison.Ordinal);
                Assert.True(cell is "" or "[c]" or "–" || (long.TryParse(cell, out var n) && n is 0 or >= 5), $"{address}: a count of '{row[i]}' in {string.Join(" | ", row)}");
            }
        }
    }

    private static List<List<string>> CsvRows(string csv) =>
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(SplitCsv).ToList();

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }

    private static List<List<string>> JsonRows(byte[] json)
    {
        var document = System.Text.Json.JsonDocument.Parse(json);
        var rows = document.RootElement.EnumerateArray().ToList();
        var header = rows[0].EnumerateObject().Select(p => p.Name).ToList();
        return [header, .. rows.Select(r => r.EnumerateObject().Select(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? "" : p.Value.ToString()).ToList())];
    }

    private static List<List<string>> HtmlRows(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("table tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).Prepend(tr.GetAttribute("data-code") ?? "").ToList())
            .ToList();
    }

    private static List<List<string>> XlsxRows(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())
            .ToList();
    }
}
