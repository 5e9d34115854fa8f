using System.IO.Compression;
using System.Text;
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

    /// <summary>The workbook with one part replaced (or added), packed with the given compression.</summary>
    public static byte[] WithPart(byte[] xlsx, string name, string content, CompressionLevel level = CompressionLevel.Optimal) =>
        WithPart(xlsx, name, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(content);
        }, level);

    public static byte[] WithPart(byte[] xlsx, string name, Action<Stream> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var entry = zip.CreateEntry(name, level).Open();
            write(entry);
        }

        return buffer.ToArray();
    }

    /// <summary>The workbook with a shared text part, written by <paramref name="write"/>, that the workbook refers to.</summary>
    public static byte[] WithSharedStrings(byte[] xlsx, Action<Stream> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        xlsx = WithPart(xlsx, "xl/sharedStrings.xml", write, level);
        xlsx = WithPart(xlsx, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        return WithPart(xlsx, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
    }

    public static ParsedExtract Parse(byte[] xlsx, ExtractReadOptions? options = null)
    {
        using var stream = new MemoryStream(xlsx);
        return ExtractParser.Parse(stream, options ?? new ExtractReadOptions());
    }

    /// <summary>A sheet part of the given rows of raw cell XML (<c>&lt;c …&gt;…&lt;/c&gt;</c>), after a header row of the standard's required columns.</summary>
    public static string Sheet(string rowsXml, string beforeSheetData = "") =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{beforeSheetData}<sheetData>{rowsXml}</sheetData></worksheet>""";
}
