using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Streams one sheet of an XLSX workbook as a header and rows of UTF-8 cells for
/// <see cref="ExtractValidator"/>: the first sheet or a named one; the header is the first of the
/// top rows that names known columns (titles above it are skipped); dates stored as Excel serial
/// numbers become <c>yyyy-MM-dd</c>, dates stored as text stay text; rows that are blank, or hold
/// only a title merged across columns, are skipped; a value merged down several rows fills each.
/// </summary>
/// <remarks>
/// An uploaded workbook is hostile until shown otherwise. Before anything is unpacked, the zip
/// directory is checked: how many entries, how large they say they unpack to, and how far they
/// say they were compressed. Every part is then read through a counter that stops at the same
/// limit, in case a directory lies, and through XML readers that refuse a DOCTYPE and so any
/// entity, internal (the "billion laughs") or external (reading files or URLs).
/// The OpenXML SDK finds the parts; their XML is read here, with those settings.
/// </remarks>
internal sealed class XlsxTableReader : ITableReader
{
    /// <summary>A title, blank lines or notes above the header are looked past for this many rows.</summary>
    private const int HeaderSearchRows = 20;

    /// <summary>Parts under this size may be compressed any amount: a small sheet of blanks packs 200 times.</summary>
    private const long RatioCheckFloor = 1024 * 1024;

    /// <summary>Merged ranges kept; a real extract has a few titles, not thousands.</summary>
    private const int MaxMergedRanges = 10_000;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly Stream _stream;
    private readonly ExtractReadOptions _options;
    private readonly Func<string, bool> _isKnownHeader;
    private readonly ExtractRow _row = new();
    private readonly Queue<SheetRow> _pending = new();

    private SpreadsheetDocument? _document;
    private WorksheetPart? _sheetPart;
    private string _sheetName = "";
    private string[] _sharedStrings = [];
    private bool[] _dateStyles = [];
    private bool _date1904;
    // Cells that start a range merged across columns (titles), and ranges merged down rows (a value shown in each).
    private HashSet<(int Row, int Column)> _titleCells = [];
    private List<MergedRange> _downMerges = [];
    private IEnumerator<SheetRow>? _rows;
    private int _width;

    /// <param name="stream">The workbook; it must be seekable, as a zip file is read from its end.</param>
    /// <param name="options">Limits, and the sheet to read.</param>
    /// <param name="isKnownHeader">Whether a cell's text is a column name the caller expects, to find the header row.</param>
    public XlsxTableReader(Stream stream, ExtractReadOptions options, Func<string, bool> isKnownHeader)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("An XLSX file is read from a seekable stream.", nameof(stream));
        }

        _stream = stream;
        _options = options;
        _isKnownHeader = isKnownHeader;
    }

    /// <summary>The first four bytes of every zip file, and so of every XLSX file.</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> start) => start.StartsWith("PK\u0003\u0004"u8);

    public IReadOnlyList<string> ReadHeader()
    {
        Guard(Open);
        _rows = Guarded(ReadSheetRows()).GetEnumerator();
        var candidates = new List<SheetRow>();
        SheetRow? header = null;
        while (candidates.Count < HeaderSearchRows && _rows.MoveNext())
        {
            var row = _rows.Current;
            if (row.Cells.Count == 0 || IsTitle(row))
            {
                continue;
            }

            var copy = row.Copy();
            if (copy.Cells.Count(c => _isKnownHeader(c.Text.Trim())) >= 2)
            {
                header = copy;
                break;
            }

            candidates.Add(copy);
        }

        if (header is null)
        {
            // No row names known columns: the first row with anything in it is the header, and the
            // caller reports the columns it lacks; the rows after it are data after all.
            if (candidates.Count == 0)
            {
                return [];
            }

            header = candidates[0];
            foreach (var row in candidates.Skip(1))
            {
                _pending.Enqueue(row);
            }
        }

        _width = header.Cells.Max(c => c.Column) + 1;
        var names = new string[_width];
        Array.Fill(names, "");
        foreach (var (column, text) in header.Cells)
        {
            names[column] = text;
        }

        return names;
    }

    public IEnumerable<ExtractRow> ReadRows()
    {
        while (_pending.TryDequeue(out var pending))
        {
            yield return Fill(pending);
        }

        while (_rows!.MoveNext())
        {
            var row = _rows.Current;
            if (row.Cells.Count > 0 && !IsTitle(row))
            {
                yield return Fill(row);
            }
        }
    }

    public void Dispose()
    {
        _rows?.Dispose();
        _document?.Dispose();
    }

    // ---------------------------------------------------------------- opening

    private void Open()
    {
        if (_options.MaxBytes is { } maxBytes && _stream.Length > maxBytes)
        {
            throw Refused(ProblemKind.TooLarge,
                $"the file is larger than the limit of {ByteLimitStream.Describe(maxBytes)}; split it or leave out columns that are not in the standard");
        }

        var start = _stream.Position;
        CheckZipDirectory();
        _stream.Position = start;

        _document = SpreadsheetDocument.Open(_stream, isEditable: false, new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = _options.MaxXlsxUnpackedBytes,
        });
        var workbookPart = _document.WorkbookPart ?? throw Unreadable("it has no workbook part");
        var workbook = workbookPart.Workbook;
        _date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;

        var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var wanted = _options.Sheet ?? _options.Profile?.Sheet;
        var sheet = wanted is null
            ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
        {
            throw wanted is null
                ? Unreadable("it has no sheets")
                : Refused(ProblemKind.Unreadable,
                    $"the workbook has no sheet named '{wanted}'; its sheets are: {string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"))}");
        }

        _sheetName = sheet.Name?.Value ?? "";
        _sheetPart = sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart part
            ? part
            : throw Unreadable($"its sheet '{_sheetName}' is not a worksheet (a chart sheet, perhaps)");
        _dateStyles = workbookPart.WorkbookStylesPart is { } styles ? ReadDateStyles(styles) : [];
        _sharedStrings = workbookPart.SharedStringTablePart is { } strings ? ReadSharedStrings(strings) : [];
        var merges = ReadMergedRanges(_sheetPart);
        _titleCells = [.. merges.Where(m => m.LastColumn > m.FirstColumn).Select(m => (m.FirstRow, m.FirstColumn))];
        _downMerges = [.. merges.Where(m => m.LastRow > m.FirstRow)];
    }

    /// <summary>Checks what the zip directory declares, before a byte is unpacked.</summary>
    private void CheckZipDirectory()
    {
        using var zip = new ZipArchive(_stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > _options.MaxXlsxEntries)
        {
            throw Refused(ProblemKind.Unsafe, string.Create(CultureInfo.InvariantCulture,
                $"the file holds {zip.Entries.Count:N0} parts, more than the {_options.MaxXlsxEntries:N0} a workbook needs; it was not opened, as it looks damaged or built to attack the reader"));
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > RatioCheckFloor && entry.Length > entry.CompressedLength * _options.MaxXlsxCompressionRatio)
            {
                throw Refused(ProblemKind.Unsafe, string.Create(CultureInfo.InvariantCulture,
                    $"the part {entry.FullName} says it unpacks to {ByteLimitStream.Describe(entry.Length)} from {ByteLimitStream.Describe(entry.CompressedLength)}, {entry.Length / (double)Math.Max(1, entry.CompressedLength):N0} times over, where a real spreadsheet packs at most {_options.MaxXlsxCompressionRatio:N0} times; it was not opened, as it looks built to exhaust memory (a \"zip bomb\")"));
            }
        }

        if (total > _options.MaxXlsxUnpackedBytes)
        {
            throw Refused(ProblemKind.TooLarge,
                $"the file unpacks to {ByteLimitStream.Describe(total)}, more than the limit of {ByteLimitStream.Describe(_options.MaxXlsxUnpackedBytes)}; save only the sheet with the extract, or send it as CSV");
        }
    }

    // ---------------------------------------------------------------- parts

    /// <summary>A part's XML, counted as it unpacks and refused at a DOCTYPE.</summary>
    private XmlReader OpenXml(OpenXmlPart part) => XmlReader.Create(OpenCounted(part), XmlSettings);

    /// <summary>A part's bytes, counted as they unpack and stopped at the limit, whatever the zip directory declared.</summary>
    private ByteLimitStream OpenCounted(OpenXmlPart part) =>
        new(part.GetStream(FileMode.Open, FileAccess.Read), _options.MaxXlsxUnpackedBytes,
            limit => new ValidationProblem(0, "", "",
                $"the part {part.Uri} unpacks to more than the limit of {ByteLimitStream.Describe(limit)}, more than the file's directory says; it was not read further, as it looks built to exhaust memory (a \"zip bomb\")")
            {
                Kind = ProblemKind.Unsafe,
            },
            ownsInner: true);

    /// <summary>For each cell style, whether its number format shows a date.</summary>
    private bool[] ReadDateStyles(WorkbookStylesPart part)
    {
        var customFormats = new Dictionary<uint, string>();
        var styleFormats = new List<uint>();
        using var xml = OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "numFmt" && uint.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
            {
                customFormats[id] = xml.GetAttribute("formatCode") ?? "";
            }
            else if (xml.LocalName == "cellXfs" && !xml.IsEmptyElement)
            {
                // Only cellXfs are what a cell's s attribute indexes; cellStyleXfs hold xf elements too.
                using var xfs = xml.ReadSubtree();
                while (xfs.Read())
                {
                    if (xfs.NodeType == XmlNodeType.Element && xfs.LocalName == "xf" && xfs.Depth == 1)
                    {
                        styleFormats.Add(uint.TryParse(xfs.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format) ? format : 0);
                    }
                }
            }
        }

        return [.. styleFormats.Select(f => IsDateFormat(f, customFormats.GetValueOrDefault(f)))];
    }

    /// <summary>
    /// The built-in date formats (ECMA-376 §18.8.30: 14–22, 45–47, and the East Asian 27–36 and
    /// 50–58), or a custom format that shows a day or a year once quoted text, escapes and
    /// [colour/condition] sections are set aside.
    /// </summary>
    internal static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }

        if (id < 164 || code is null)
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    private string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var xml = OpenXml(part);
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(ReadText(xml));
            }
            else
            {
                xml.Read();
            }
        }

        return [.. strings];
    }

    /// <summary>
    /// Where titles and merged cells are. They come after the cells in the sheet, so this is a pass of
    /// its own: a quick search of the bytes first, since most sheets have none, then the XML.
    /// </summary>
    private List<MergedRange> ReadMergedRanges(WorksheetPart part)
    {
        var merges = new List<MergedRange>();
        if (!Contains(part, "mergeCell"u8))
        {
            return merges;
        }

        using var xml = OpenXml(part);
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheetData")
            {
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "mergeCell" && MergedRange.TryParse(xml.GetAttribute("ref"), out var range))
            {
                if (merges.Count == MaxMergedRanges)
                {
                    throw Refused(ProblemKind.Unreadable, string.Create(CultureInfo.InvariantCulture,
                        $"the sheet '{_sheetName}' has more than {MaxMergedRanges:N0} merged cells; unmerge them and save it again"));
                }

                merges.Add(range);
            }

            xml.Read();
        }

        return merges;
    }

    /// <summary>Whether a part's bytes, unpacked and counted, contain <paramref name="text"/>.</summary>
    private bool Contains(OpenXmlPart part, ReadOnlySpan<byte> text)
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

    // ---------------------------------------------------------------- the sheet

    private IEnumerable<SheetRow> ReadSheetRows()
    {
        using var xml = OpenXml(_sheetPart!);
        while (xml.Read() && !(xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheetData"))
        {
        }

        if (xml.EOF || xml.IsEmptyElement)
        {
            yield break;
        }

        var depth = xml.Depth;
        var row = new SheetRow();
        var lastNumber = 0;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (xml.LocalName != "row")
            {
                xml.Skip();
                continue;
            }

            var number = int.TryParse(xml.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : lastNumber + 1;
            if (number <= lastNumber)
            {
                throw Unreadable($"its rows are out of order at row {number}");
            }

            lastNumber = number;
            row.Start(number);
            ReadCells(xml, row);
            yield return row;
        }
    }

    /// <summary>Reads the cells of the row element the reader is on, leaving the reader after it.</summary>
    private void ReadCells(XmlReader xml, SheetRow row)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        var column = -1;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (xml.LocalName != "c")
            {
                xml.Skip();
                continue;
            }

            column = MergedRange.ColumnOf(xml.GetAttribute("r")) ?? column + 1;
            var type = xml.GetAttribute("t");
            var style = int.TryParse(xml.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
            var text = ReadCell(xml, type, style);
            if (text.Length == 0)
            {
                // Spreadsheets write blank cells that are only formatted, often far to the right: they are no one's data.
                continue;
            }

            if (column >= _options.MaxColumns)
            {
                throw Refused(ProblemKind.Unreadable, string.Create(CultureInfo.InvariantCulture,
                    $"the sheet '{_sheetName}' has a value in column {column + 1:N0} of row {row.Number}, beyond the {_options.MaxColumns:N0} columns accepted; delete the columns to the right of the extract"));
            }

            row.Cells.Add((column, text));
        }

        xml.Read();
    }

    /// <summary>A cell's value as text, leaving the reader after the cell; a formula's cached result stands for the formula.</summary>
    private string ReadCell(XmlReader xml, string? type, int style)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        string? value = null;
        string? inline = null;
        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                value = xml.ReadElementContentAsString();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
            {
                inline = ReadText(xml);
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return type switch
        {
            "s" => int.TryParse(value, CultureInfo.InvariantCulture, out var index) && (uint)index < (uint)_sharedStrings.Length
                ? _sharedStrings[index]
                : throw Unreadable($"a cell refers to shared text {value} that is not in the workbook"),
            "inlineStr" => inline ?? "",
            "b" => value == "1" ? "TRUE" : "FALSE",
            "d" => value is { Length: >= 10 } ? value[..10] : value ?? "",
            "str" or "e" => value ?? "",
            _ => Number(value, style),
        };
    }

    private string Number(string? value, int style)
    {
        if (string.IsNullOrEmpty(value) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value ?? "";
        }

        if ((uint)style < (uint)_dateStyles.Length && _dateStyles[style] && FromSerial(number, _date1904) is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // The shortest text that reads back as the same number: 0.6 rather than 0.59999999999999998.
        return number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An Excel serial date (days since 1900, or 1904 for workbooks made that way) as a date; the
    /// time of day is dropped. The 1900 system counts 29 February 1900, which never was, as day 60,
    /// as Lotus 1-2-3 did; serial 60 itself is no date.
    /// </summary>
    internal static DateOnly? FromSerial(double serial, bool date1904)
    {
        if (!double.IsFinite(serial) || serial < 1 || serial >= 2_958_466)
        {
            return null;
        }

        var day = (int)Math.Floor(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(day);
        }

        return day switch
        {
            < 60 => new DateOnly(1899, 12, 31).AddDays(day),
            60 => null,
            _ => new DateOnly(1899, 12, 30).AddDays(day),
        };
    }

    /// <summary>The text of an si or is element (plain, or runs of rich text, less phonetic guides), leaving the reader after it.</summary>
    private static string ReadText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var text = new StringBuilder();
        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return text.ToString();
    }

    // ---------------------------------------------------------------- rows

    /// <summary>A row whose every value is the first cell of a range merged across columns: a title or a note, not a person.</summary>
    private bool IsTitle(SheetRow row) =>
        _titleCells.Count > 0 && row.Cells.TrueForAll(c => _titleCells.Contains((row.Number, c.Column)));

    private ExtractRow Fill(SheetRow sheetRow)
    {
        for (var i = 0; i < _downMerges.Count; i++)
        {
            var merge = _downMerges[i];
            if (merge.FirstRow == sheetRow.Number && sheetRow.Cells.Find(c => c.Column == merge.FirstColumn) is { Text: { } text })
            {
                _downMerges[i] = merge with { Text = text };
            }
        }

        _row.Start(sheetRow.Number);
        var next = 0;
        foreach (var (column, text) in sheetRow.Cells.Where(c => c.Column < _width).OrderBy(c => c.Column))
        {
            for (; next < column; next++)
            {
                _row.Add(MergedText(sheetRow.Number, next));
            }

            _row.Add(text);
            next = column + 1;
        }

        for (; next < _width; next++)
        {
            _row.Add(MergedText(sheetRow.Number, next));
        }

        return _row;
    }

    /// <summary>The value a blank cell shows in the spreadsheet when it lies under a range merged down from above.</summary>
    private string MergedText(int row, int column)
    {
        foreach (var m in _downMerges)
        {
            if (m.Text is not null && m.FirstRow < row && row <= m.LastRow && m.FirstColumn <= column && column <= m.LastColumn)
            {
                return m.Text;
            }
        }

        return "";
    }

    // ---------------------------------------------------------------- problems

    /// <summary>Runs a step of opening the file, turning what the libraries throw at a bad file into a problem.</summary>
    private static void Guard(Action step)
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

    private static IEnumerable<T> Guarded<T>(IEnumerable<T> source)
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

    private static ExtractReadException Unreadable(string why) => Refused(ProblemKind.Unreadable,
        $"the file is not an XLSX workbook that can be read ({why.TrimEnd('.')}); save it again from Excel as .xlsx, or as CSV UTF-8");

    private static ExtractReadException Refused(ProblemKind kind, string reason) =>
        new(new ValidationProblem(0, "", "", reason) { Kind = kind });

    /// <summary>One row as read from the sheet: its number and its non-blank cells.</summary>
    private sealed class SheetRow
    {
        public int Number { get; private set; }

        public List<(int Column, string Text)> Cells { get; private set; } = [];

        public void Start(int number)
        {
            Number = number;
            Cells.Clear();
        }

        public SheetRow Copy() => new() { Number = Number, Cells = [.. Cells] };
    }

    /// <summary>A merged range of cells, zero-based, and once read the text of its first cell.</summary>
    private sealed record MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn, string? Text = null)
    {
        public static bool TryParse(string? reference, out MergedRange range)
        {
            range = null!;
            var parts = reference?.Split(':');
            if (parts is not { Length: 2 } || Cell(parts[0]) is not { } first || Cell(parts[1]) is not { } last)
            {
                return false;
            }

            range = new MergedRange(first.Row, first.Column, last.Row, last.Column);
            return true;
        }

        /// <summary>The zero-based column of a cell reference such as <c>AB12</c>; null if it has none.</summary>
        public static int? ColumnOf(string? reference)
        {
            if (string.IsNullOrEmpty(reference))
            {
                return null;
            }

            var column = 0;
            var i = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 4; i++)
            {
                column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            }

            return i == 0 ? null : column - 1;
        }

        private static (int Row, int Column)? Cell(string reference)
        {
            var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
            return ColumnOf(reference) is { } column && int.TryParse(reference.AsSpan(letters), CultureInfo.InvariantCulture, out var row)
                ? (row, column)
                : null;
        }
    }
}
