using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// What stands between a hostile workbook and <see cref="XlsxTableReader"/>: the zip directory
/// checked before a byte is unpacked (how many entries, how large they say they unpack to, how far
/// they say they were compressed); every part read through a counter that stops at the same limit,
/// in case a directory lies, and through an XML reader that refuses a DOCTYPE and so any entity,
/// internal (the "billion laughs") or external (reading files or URLs); and what the libraries
/// throw at a bad file turned into a problem in words.
/// </summary>
internal sealed class XlsxPackageGuard(ExtractReadOptions options)
{
    /// <summary>Parts under this size may be compressed any amount: a small sheet of blanks packs 200 times.</summary>
    private const long RatioCheckFloor = 1024 * 1024;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Checks what the zip directory declares, before a byte is unpacked.</summary>
    public void CheckZipDirectory(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > options.MaxXlsxEntries)
        {
            throw Refused(ProblemKind.Unsafe, string.Create(CultureInfo.InvariantCulture,
                $"the file holds {zip.Entries.Count:N0} parts, more than the {options.MaxXlsxEntries:N0} a workbook needs; it was not opened, as it looks damaged or built to attack the reader"));
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > RatioCheckFloor && entry.Length > entry.CompressedLength * options.MaxXlsxCompressionRatio)
            {
                throw Refused(ProblemKind.Unsafe, string.Create(CultureInfo.InvariantCulture,
                    $"the part {entry.FullName} says it unpacks to {ByteLimitStream.Describe(entry.Length)} from {ByteLimitStream.Describe(entry.CompressedLength)}, {entry.Length / (double)Math.Max(1, entry.CompressedLength):N0} times over, where a real spreadsheet packs at most {options.MaxXlsxCompressionRatio:N0} times; it was not opened, as it looks built to exhaust memory (a \"zip bomb\")"));
            }
        }

        if (total > options.MaxXlsxUnpackedBytes)
        {
            throw Refused(ProblemKind.TooLarge,
                $"the file unpacks to {ByteLimitStream.Describe(total)}, more than the limit of {ByteLimitStream.Describe(options.MaxXlsxUnpackedBytes)}; save only the sheet with the extract, or send it as CSV");
        }
    }

    /// <summary>A part's XML, counted as it unpacks and refused at a DOCTYPE.</summary>
    public XmlReader OpenXml(OpenXmlPart part) => XmlReader.Create(OpenCounted(part), XmlSettings);

    /// <summary>A part's bytes, counted as they unpack and stopped at the limit, whatever the zip directory declared.</summary>
    public ByteLimitStream OpenCounted(OpenXmlPart part) =>
        new(part.GetStream(FileMode.Open, FileAccess.Read), options.MaxXlsxUnpackedBytes,
            limit => new ValidationProblem(0, "", "",
                $"the part {part.Uri} unpacks to more than the limit of {ByteLimitStream.Describe(limit)}, more than the file's directory says; it was not read further, as it looks built to exhaust memory (a \"zip bomb\")")
            {
                Kind = ProblemKind.Unsafe,
            },
            ownsInner: true);

    /// <summary>Whether a part's bytes, unpacked and counted, contain <paramref name="text"/>.</summary>
    public bool Contains(OpenXmlPart part, ReadOnlySpan<byte> text)
    {
        using var stream = OpenCounted(part);
        var buffer = new byte[1 << 16];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(text) >= 0)
            {
                return true;
            }

            // Keep the tail, in case the text straddles two reads.
            kept = Math.Min(text.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    /// <summary>Runs a step of opening the file, turning what the libraries throw at a bad file into a problem.</summary>
    public static void Guard(Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (Translate(e) is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>The rows of a sheet, with what the libraries throw as they read turned into a problem.</summary>
    public static IEnumerable<T> Guarded<T>(IEnumerable<T> source)
    {
        using var enumerator = source.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = enumerator.MoveNext();
            }
            catch (Exception e) when (Translate(e) is { } problem)
            {
                throw problem;
            }

            if (!more)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static ExtractReadException? Translate(Exception e) => e switch
    {
        ExtractReadException => null,
        XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => Refused(ProblemKind.Unsafe,
            "the file contains a document type declaration (DOCTYPE), which spreadsheets never need and which can be used to read files or reach other computers; it was not read. Open it in Excel and save it again as .xlsx"),
        XmlException x => Unreadable($"part of it is not well-formed XML: {x.Message}"),
        InvalidDataException or FileFormatException or OpenXmlPackageException or IOException or InvalidOperationException or NotSupportedException
            => Unreadable(e.Message),
        _ => null,
    };

    /// <summary>The file is refused as not a readable workbook, for the reason given.</summary>
    public static ExtractReadException Unreadable(string why) => Refused(ProblemKind.Unreadable,
        $"the file is not an XLSX workbook that can be read ({why.TrimEnd('.')}); save it again from Excel as .xlsx, or as CSV UTF-8");

    /// <summary>The file is refused as a whole for one problem.</summary>
    public static ExtractReadException Refused(ProblemKind kind, string reason) =>
        new(new ValidationProblem(0, "", "", reason) { Kind = kind });
}
