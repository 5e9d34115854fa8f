using EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>Builds XLSX files for tests: well-formed ones with <see cref="XlsxWriter"/>, hostile ones by changing their parts.</summary>
internal static class Xlsx
{
    /// <summary>A workbook of the standard's columns and the given rows of cells.</summary>
    public static byte[] Workbook(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<XlsxCell>> rows, string? title = null, string sheet = "Extract")
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, sheet, header, rows, title);
        return buffer.ToArray();
    }

    /// <summary>The CSV rows of <see cref="ExtractCsv"/> as a workbook whose every cell is text.</summary>
    public static byte[] FromCsv(string csv, string? title = null)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Workbook(lines[0].Split(','), lines.Skip(1).Select(line => (IReadOnlyList<XlsxCell>)line.Split(',').Select(XlsxCell.Of).ToList()), title);
    }

    /// <summary>The workbook with one part replaced (or added).</summary>
    public static byte[] WithPart(byte[] xlsx, string name, string content) => HostileXlsx.WithPart(xlsx, name, content);

    /// <summary>The workbook with a shared text part that its workbook refers to.</summary>
    public static byte[] WithSharedStrings(byte[] xlsx, Action<Stream> write) => HostileXlsx.WithSharedStrings(xlsx, write);

    public static ParsedExtract Parse(byte[] xlsx, ExtractReadOptions? options = null)
    {
        using var stream = new MemoryStream(xlsx);
        return ExtractParser.Parse(stream, options ?? new ExtractReadOptions { Today = TestDates.Today });
    }

    /// <summary>A sheet part of the given rows of raw cell XML (<c>&lt;c …&gt;…&lt;/c&gt;</c>), after a header row of the standard's required columns.</summary>
    public static string Sheet(string rowsXml, string beforeSheetData = "") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{beforeSheetData}<sheetData>{rowsXml}</sheetData></worksheet>""";
}
