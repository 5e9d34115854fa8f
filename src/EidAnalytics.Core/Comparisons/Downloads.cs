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

    /// <summary>The first number format id free for a workbook's own formats (0–163 are Excel's built-in ones).</summary>
    private const uint PercentFormatId = 164;

    /// <summary>The cell format (after the default and the bold header) that shows a fraction as a percentage.</summary>
    private const uint PercentStyle = 2;

    /// <summary>
    /// RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the £ and en dashes), CRLF line ends. A
    /// <see cref="Fraction"/> is written to 4 decimal places (0.1860), a <see cref="Percentage"/> out of 100 to 1 (18.6).
    /// </summary>
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
                Fraction fraction => fraction.Value.ToString("0.0000", CultureInfo.InvariantCulture),
                Percentage percentage => (percentage.Value * 100).ToString("0.0", CultureInfo.InvariantCulture),
                _ => Number(cell),
            })));
        }
    }

    /// <summary>
    /// One worksheet, a bold header row frozen at the top; text as inline strings, numbers as numbers. Proportions keep
    /// every digit; a <see cref="Percentage"/> holds the fraction and shows it as a percentage to 1 decimal place.
    /// </summary>
    public static void WriteXlsx(Stream output, DownloadTable table, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = PercentFormatId, ApplyNumberFormat = true }));
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

    /// <summary>A cell as a JSON value: a <see cref="Fraction"/> with every digit, a <see cref="Percentage"/> out of 100 to 1 decimal place.</summary>
    public static object? JsonValue(object? cell) => cell switch
    {
        Fraction fraction => fraction.Value,
        Percentage percentage => Math.Round(percentage.Value * 100, 1, MidpointRounding.AwayFromZero),
        _ => cell,
    };

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
                Percentage percentage => new Cell(new CellValue(Number(percentage.Value))) { DataType = CellValues.Number, StyleIndex = PercentStyle },
                Fraction fraction => new Cell(new CellValue(Number(fraction.Value))) { DataType = CellValues.Number },
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
