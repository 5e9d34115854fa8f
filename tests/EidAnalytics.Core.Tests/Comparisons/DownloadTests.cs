using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
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

    /// <summary>8 women of 43: 8 ÷ 43 = 0.186046…, against a 14% benchmark.</summary>
    private static readonly DownloadTable EightOfFortyThree = FingertipsTable.Build(
    [
        new FigureRow(ComparableMetrics.All[0], "E09000001", "Kingsmere", "London borough", new DateOnly(2025, 3, 31),
            new PublishedProportion(8, 43), "National total", 0.14, null, false),
    ]);

    [Fact]
    public void A_csv_gives_a_share_to_4_decimal_places_and_beside_it_a_percentage_to_1()
    {
        using var stream = new MemoryStream();
        Downloads.WriteCsv(stream, EightOfFortyThree);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var cells = lines[1].Split(',');
        string Cell(string column) => cells[Array.IndexOf(header, column)];

        // 8 ÷ 43 = 0.186046… → 0.1860 and 18.6%. Wilson 95% for 8/43: centre (p + z²/2n)/(1 + z²/n) = 0.211794,
        // half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.114372, so 0.0974–0.3262.
        Assert.Equal(("0.1860", "18.6", "8", "43"), (Cell("Value"), Cell("Value (%)"), Cell("Count"), Cell("Denominator")));
        Assert.Equal(("0.0974", "0.3262"), (Cell("Lower CI 95.0 limit"), Cell("Upper CI 95.0 limit")));
        Assert.Equal("0.1400", Cell("Benchmark value"));
        Assert.Equal("Value (%)", header[Array.IndexOf(header, "Value") + 1]);
    }

    [Fact]
    public void The_xlsx_keeps_every_digit_of_a_share_and_shows_its_percentage_as_one()
    {
        using var stream = new MemoryStream();
        Downloads.WriteXlsx(stream, EightOfFortyThree, "Figures");
        stream.Position = 0;

        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var row = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        var value = row[FingertipsTable.Columns.ToList().IndexOf("Value")];
        var percent = row[FingertipsTable.Columns.ToList().IndexOf("Value (%)")];
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)percent.StyleIndex!.Value);

        Assert.Equal((8.0 / 43).ToString("R", System.Globalization.CultureInfo.InvariantCulture), value.InnerText);
        Assert.Equal(value.InnerText, percent.InnerText);
        Assert.Equal("0.0%", workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
    }
}
