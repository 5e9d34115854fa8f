using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EidAnalytics.Core.Spreadsheets;

namespace EidAnalytics.Core.Comparisons;

/// <summary>Writes a <see cref="DownloadTable"/> as CSV or XLSX with every text cell made safe for spreadsheets.</summary>
public static class Downloads
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the £ and en dashes), CRLF line ends.</summary>
    public static void WriteCsv(Stream output, DownloadTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(output, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(SpreadsheetText.Escape(c)))));
        foreach (var row in table.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(cell => cell switch
            {
                null => "",
                string text => Quote(SpreadsheetText.Escape(text)),
                _ => Number(cell),
            })));
        }
    }

    /// <summary>One worksheet, a bold header row frozen at the top; text as inline strings, numbers as numbers.</summary>
    public static void WriteXlsx(Stream output, DownloadTable table, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Cast<object?>().ToList(), header: true));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            data.Append(Row((uint)i + 2, table.Rows[i], header: false));
        }
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 });
        sheetPart.Worksheet = new Worksheet(frozen, data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName[..Math.Min(31, sheetName.Length)] }));
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, bool header)
    {
        var row = new Row { RowIndex = index };
        foreach (var cell in cells)
        {
            row.Append(cell switch
            {
                null => new Cell(),
                string text => new Cell(new InlineString(new Text(SpreadsheetText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? 1u : 0u,
                },
                _ => new Cell(new CellValue(Number(cell))) { DataType = CellValues.Number },
            });
        }
        return row;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Number(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A download cell must be text or a number, not {value.GetType().Name}.", nameof(value)),
    };
}
