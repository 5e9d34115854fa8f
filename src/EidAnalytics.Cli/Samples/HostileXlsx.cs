using System.IO.Compression;
using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// Workbooks built to attack a reader, for the messy samples and the tests that show they are
/// refused: a zip bomb and a DOCTYPE with external entities. Both start from a real workbook.
/// </summary>
public static class HostileXlsx
{
    private static readonly string[] Header = [.. ExtractColumns.Required];

    /// <summary>
    /// A workbook whose shared text is one string of <paramref name="size"/> bytes: a reader that
    /// unpacked it would hold twice that in characters. Deflate packs it about a thousand times.
    /// </summary>
    public static byte[] ZipBomb(long size)
    {
        var prefix = """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"""u8.ToArray();
        var suffix = "</t></si></sst>"u8.ToArray();
        return WithSharedStrings(Workbook(), stream =>
        {
            stream.Write(prefix);
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'A');
            for (var left = size - prefix.Length - suffix.Length; left > 0; left -= block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(left, block.Length));
            }

            stream.Write(suffix);
        }, CompressionLevel.SmallestSize);
    }

    /// <summary>A workbook whose sheet declares entities that would read a local file and fetch a URL on this machine's discard port.</summary>
    public static byte[] Doctype() => WithPart(Workbook(), "xl/worksheets/sheet1.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE worksheet [<!ENTITY local SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/collect">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&local;&remote;</t></is></c></row></sheetData></worksheet>
        """);

    /// <summary>The workbook with one part replaced (or added).</summary>
    public static byte[] WithPart(byte[] xlsx, string name, string content) =>
        WithPart(xlsx, name, stream => stream.Write(new UTF8Encoding(false).GetBytes(content)), CompressionLevel.Optimal);

    public static byte[] WithPart(byte[] xlsx, string name, Action<Stream> write, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            var entry = zip.CreateEntry(name, level);
            entry.LastWriteTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            write(stream);
        }

        return buffer.ToArray();
    }

    /// <summary>The workbook with a shared text part, written by <paramref name="write"/>, that its workbook refers to.</summary>
    public static byte[] WithSharedStrings(byte[] xlsx, Action<Stream> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        xlsx = WithPart(xlsx, "xl/sharedStrings.xml", write, level);
        xlsx = WithPart(xlsx, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        return WithPart(xlsx, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
    }

    private static byte[] Workbook()
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "Extract", Header, []);
        return buffer.ToArray();
    }
}
