using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Writes a one-sheet XLSX workbook as Excel would, with text inline, numbers as numbers and dates
/// as serial numbers in a date format; optionally a title merged across the columns above the
/// header. The same rows always give the same bytes (fixed timestamps), so sample files do not
/// change from one run to the next.
/// </summary>
public static class XlsxWriter
{
    private static readonly DateTimeOffset Timestamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<XlsxCell>> rows, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        // Style 1 shows a serial number as a date (built-in format 14); style 2 is bold, for the header and title.
        Part(zip, "xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" xfId="0" applyFont="1"/></cellXfs></styleSheet>
            """);

        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        using var sheet = new StreamWriter(entry.Open(), Utf8) { NewLine = "\n" };
        sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var number = 1;
        if (title is not null)
        {
            WriteRow(sheet, number, [XlsxCell.Of(title)], style: 2);
            number += 2;
        }

        WriteRow(sheet, number++, [.. header.Select(XlsxCell.Of)], style: 2);
        foreach (var row in rows)
        {
            WriteRow(sheet, number++, row, style: 0);
        }

        sheet.Write("</sheetData>");
        if (title is not null)
        {
            sheet.Write($"""<mergeCells count="1"><mergeCell ref="A1:{ColumnName(Math.Max(1, header.Count) - 1)}1"/></mergeCells>""");
        }

        sheet.Write("</worksheet>");
    }

    private static void WriteRow(StreamWriter sheet, int number, IReadOnlyList<XlsxCell> cells, int style)
    {
        sheet.Write(string.Create(CultureInfo.InvariantCulture, $"""<row r="{number}">"""));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            var styleAttribute = style == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" s=\"{style}\"");
            if (cell.Date is { } date)
            {
                var serial = date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                sheet.Write(string.Create(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="1"><v>{serial}</v></c>"""));
            }
            else if (cell.Number is { } value)
            {
                sheet.Write(string.Create(CultureInfo.InvariantCulture, $"""<c r="{reference}"{styleAttribute}><v>{value}</v></c>"""));
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                sheet.Write($"""<c r="{reference}"{styleAttribute} t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(cell.Text)}</t></is></c>""");
            }
        }

        sheet.Write("</row>");
    }

    /// <summary>A zero-based column's letters: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (column++; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        using var writer = new StreamWriter(entry.Open(), Utf8);
        writer.Write(xml);
    }
}
