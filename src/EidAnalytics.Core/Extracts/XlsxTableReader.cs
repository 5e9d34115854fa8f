using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static EidAnalytics.Core.Extracts.XlsxPackageGuard;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Streams one sheet of an XLSX workbook as a header and rows of UTF-8 cells for
/// <see cref="ExtractValidator"/>: the first sheet or a named one; the header is the first of the
/// top rows that names known columns (titles above it are skipped); dates stored as Excel serial
/// numbers become <c>yyyy-MM-dd</c>, dates stored as text stay text; rows that are blank, or hold
/// only a title merged across columns, are skipped; a value merged down several rows fills each.
/// </summary>
/// <remarks>
/// An uploaded workbook is hostile until shown otherwise: every part is opened through
/// <see cref="XlsxPackageGuard"/>. The OpenXML SDK finds the parts; their XML is read here.
/// </remarks>
internal sealed class XlsxTableReader : ITableReader
{
    /// <summary>A title, blank lines or notes above the header are looked past for this many rows.</summary>
    private const int HeaderSearchRows = 20;

    private readonly Stream _stream;
    private readonly ExtractReadOptions _options;
    private readonly XlsxPackageGuard _guard;
    private readonly Func<string, bool> _isKnownHeader;
    private readonly ExtractRow _row = new();
    private readonly Queue<SheetRow> _pending = new();

    private SpreadsheetDocument? _document;
    private WorksheetPart? _sheetPart;
    private string _sheetName = "";
    private string[] _sharedStrings = [];
    private bool[] _dateStyles = [];
    private bool _date1904;
    private SheetMerges _merges = SheetMerges.None;
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
        _guard = new XlsxPackageGuard(options);
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
            if (row.Cells.Count == 0 || _merges.IsTitle(row.Number, row.Cells))
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
            if (row.Cells.Count > 0 && !_merges.IsTitle(row.Number, row.Cells))
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
        _guard.CheckZipDirectory(_stream);
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
        if (workbookPart.WorkbookStylesPart is { } styles)
        {
            using var xml = _guard.OpenXml(styles);
            _dateStyles = XlsxDateStyles.Read(xml);
        }

        _sharedStrings = workbookPart.SharedStringTablePart is { } strings ? ReadSharedStrings(strings) : [];
        _merges = SheetMerges.Read(_guard, _sheetPart, _sheetName);
    }

    // ---------------------------------------------------------------- parts

    private string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var xml = _guard.OpenXml(part);
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

    // ---------------------------------------------------------------- the sheet

    private IEnumerable<SheetRow> ReadSheetRows()
    {
        using var xml = _guard.OpenXml(_sheetPart!);
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

        if ((uint)style < (uint)_dateStyles.Length && _dateStyles[style] && XlsxDateStyles.FromSerial(number, _date1904) is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // The shortest text that reads back as the same number: 0.6 rather than 0.59999999999999998.
        return number.ToString(CultureInfo.InvariantCulture);
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

    private ExtractRow Fill(SheetRow sheetRow)
    {
        _merges.Remember(sheetRow.Number, sheetRow.Cells);
        _row.Start(sheetRow.Number);
        var next = 0;
        foreach (var (column, text) in sheetRow.Cells.Where(c => c.Column < _width).OrderBy(c => c.Column))
        {
            for (; next < column; next++)
            {
                _row.Add(_merges.TextAt(sheetRow.Number, next));
            }

            _row.Add(text);
            next = column + 1;
        }

        for (; next < _width; next++)
        {
            _row.Add(_merges.TextAt(sheetRow.Number, next));
        }

        return _row;
    }

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
}
