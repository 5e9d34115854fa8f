using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Spreadsheets;

namespace EidAnalytics.Core.Tests.Comparisons;

public sealed class DownloadTests
{
    private static readonly DownloadTable Table = new(
        ["Area name", "Value", "Count"],
        [
            ["=HYPERLINK(\"http://x.invalid\",\"click\")", 0.1875, 12L],
            ["+SUM(A1:A2)", null, "[c]"],
            ["-2+3", -0.5, 3L],
            ["@cmd", 1.0, 4L],
            ["Kingsmere, \"the\" Council", 0.25, 5L],
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Kingsmere Council", "Kingsmere Council")]
    [InlineData("[c]", "[c]")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Escape(text));

    [Fact]
    public void No_csv_text_cell_begins_with_a_formula_character_while_numbers_stay_numbers()
    {
        using var stream = new MemoryStream();
        Downloads.WriteCsv(stream, Table);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\",0.1875,12", lines[1]);
        Assert.Equal("'+SUM(A1:A2),,[c]", lines[2]);
        Assert.Equal("'-2+3,-0.5,3", lines[3]);
        Assert.Equal("'@cmd,1,4", lines[4]);
        Assert.Equal("\"Kingsmere, \"\"the\"\" Council\",0.25,5", lines[5]);
    }

    [Fact]
    public void The_xlsx_holds_escaped_text_as_strings_and_numbers_as_numbers()
    {
        using var stream = new MemoryStream();
        Downloads.WriteXlsx(stream, Table, "Figures");
        stream.Position = 0;

        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList();

        Assert.Contains("'=HYPERLINK(\"http://x.invalid\",\"click\")", texts);
        Assert.Contains("'+SUM(A1:A2)", texts);
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number && c.InnerText == "0.1875");
        Assert.All(texts, t => Assert.False(t.Length > 0 && "=+-@".Contains(t[0], StringComparison.Ordinal), t));
    }
}
