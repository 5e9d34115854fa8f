using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// A sheet's merged cells as a reader of its rows needs them: the first cells of ranges merged
/// across columns (titles and notes, not people), and ranges merged down rows, whose first cell's
/// value the spreadsheet shows in every cell of the range.
/// </summary>
internal sealed class SheetMerges
{
    /// <summary>Merged ranges kept; a real extract has a few titles, not thousands.</summary>
    private const int MaxMergedRanges = 10_000;

    private readonly HashSet<(int Row, int Column)> _titleCells;
    private readonly List<MergedRange> _downMerges;

    private SheetMerges(List<MergedRange> merges)
    {
        _titleCells = [.. merges.Where(m => m.LastColumn > m.FirstColumn).Select(m => (m.FirstRow, m.FirstColumn))];
        _downMerges = [.. merges.Where(m => m.LastRow > m.FirstRow)];
    }

    /// <summary>No merged cells: the sheet before it is opened.</summary>
    public static SheetMerges None { get; } = new([]);

    /// <summary>
    /// Where titles and merged cells are. They come after the cells in the sheet, so this is a pass of
    /// its own: a quick search of the bytes first, since most sheets have none, then the XML.
    /// </summary>
    public static SheetMerges Read(XlsxPackageGuard guard, WorksheetPart part, string sheetName)
    {
        var merges = new List<MergedRange>();
        if (!guard.Contains(part, "mergeCell"u8))
        {
            return new SheetMerges(merges);
        }

        using var xml = guard.OpenXml(part);
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
                    throw XlsxPackageGuard.Refused(ProblemKind.Unreadable, string.Create(CultureInfo.InvariantCulture,
                        $"the sheet '{sheetName}' has more than {MaxMergedRanges:N0} merged cells; unmerge them and save it again"));
                }

                merges.Add(range);
            }

            xml.Read();
        }

        return new SheetMerges(merges);
    }

    /// <summary>A row whose every value is the first cell of a range merged across columns: a title or a note, not a person.</summary>
    public bool IsTitle(int row, List<(int Column, string Text)> cells) =>
        _titleCells.Count > 0 && cells.TrueForAll(c => _titleCells.Contains((row, c.Column)));

    /// <summary>Keeps the text of each range merged down from this row, for the rows below it.</summary>
    public void Remember(int row, List<(int Column, string Text)> cells)
    {
        for (var i = 0; i < _downMerges.Count; i++)
        {
            var merge = _downMerges[i];
            if (merge.FirstRow == row && cells.Find(c => c.Column == merge.FirstColumn) is { Text: { } text })
            {
                _downMerges[i] = merge with { Text = text };
            }
        }
    }

    /// <summary>The value a blank cell shows in the spreadsheet when it lies under a range merged down from above.</summary>
    public string TextAt(int row, int column)
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
}
