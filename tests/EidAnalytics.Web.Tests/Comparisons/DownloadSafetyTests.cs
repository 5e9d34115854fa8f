using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Comparisons;

/// <summary>CSV injection: an organisation named like a formula comes out of every download as harmless text.</summary>
public sealed class DownloadSafetyTests(EidApp app) : IClassFixture<EidApp>, IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://evil.invalid\",\"Open\")";
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await Councils.AddAsync(app, [("E06000911", Formula, 10, 40), ("E06000912", "+SUM(1,2)", 12, 30), ("E06000913", "@Plain Council", 9, 21)]);
        _client = await app.SignedInClientAsync(Roles.Researcher);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/comparisons/figures.csv?set=all")]
    [InlineData("/benchmarks/national/all/figures.csv")]
    public async Task No_csv_cell_starts_with_a_formula_character(string address)
    {
        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync(address)).TrimStart('\uFEFF');

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"Open\"\")\"", csv);
        Assert.Contains("\"'+SUM(1,2)\"", csv);
        Assert.Contains(",'@Plain Council,", csv);
        foreach (var line in csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotMatch("(^|,)\"?[=+@]", line);
        }
    }

    [Theory]
    [InlineData("/comparisons/figures.xlsx?set=all")]
    [InlineData("/benchmarks/type/unitary/figures.xlsx")]
    public async Task No_xlsx_text_cell_starts_with_a_formula_character_and_none_is_a_formula(string address)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await _client.GetByteArrayAsync(address)), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList();

        Assert.Contains("'" + Formula, texts);
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.All(texts, t => Assert.False(t.Length > 0 && "=+-@".Contains(t[0], StringComparison.Ordinal), t));
    }
}
