using System.Text;

namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// What a file holds, read without a profile, for choosing one: its header, its first rows, and
/// each column's distinct values (up to a limit) with how often each occurs.
/// </summary>
public sealed record TableSurvey
{
    public required IReadOnlyList<string> Header { get; init; }

    /// <summary>The first data rows, one cell per header column.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> SampleRows { get; init; }

    /// <summary>For each column, its distinct non-blank values (trimmed) and their counts, most frequent first; cut short at the limit.</summary>
    public required IReadOnlyList<IReadOnlyList<ValueCount>> Values { get; init; }

    /// <summary>For each column, whether it has more distinct values than were kept (free text: references, dates, pay).</summary>
    public required IReadOnlyList<bool> ManyValues { get; init; }

    public required int RowCount { get; init; }

    /// <summary>Why the file could not be read, if it could not.</summary>
    public ValidationProblem? Problem { get; init; }

    /// <summary>Reads the whole file once.</summary>
    /// <param name="stream">The file, CSV or XLSX.</param>
    /// <param name="options">Limits; its profile, if any, helps find an XLSX header row.</param>
    /// <param name="knownHeaders">Further column names that mark a header row: those of the profiles that might fit.</param>
    /// <param name="sampleRows">How many rows to keep whole.</param>
    /// <param name="maxDistinct">How many distinct values to keep per column.</param>
    public static TableSurvey Read(Stream stream, ExtractReadOptions options, IEnumerable<string> knownHeaders, int sampleRows = 5, int maxDistinct = 40)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var table = ExtractParser.OpenTable(stream, options, knownHeaders);
        var samples = new List<IReadOnlyList<string>>();
        try
        {
            var header = table.ReadHeader();
            var counts = header.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
            var many = new bool[header.Count];
            var rows = 0;
            foreach (var row in table.ReadRows())
            {
                if (row.ReadProblem is not null || row.Text.Trim(" \t\r\n"u8).IsEmpty)
                {
                    continue;
                }

                rows++;
                if (options.MaxRows is { } max && rows > max)
                {
                    break;
                }

                var cells = new string[header.Count];
                for (var i = 0; i < header.Count; i++)
                {
                    cells[i] = i < row.FieldCount ? Encoding.UTF8.GetString(row[i]).Trim() : "";
                    if (cells[i].Length > 0 && !many[i])
                    {
                        counts[i][cells[i]] = counts[i].GetValueOrDefault(cells[i]) + 1;
                        if (counts[i].Count > maxDistinct)
                        {
                            many[i] = true;
                        }
                    }
                }

                if (samples.Count < sampleRows)
                {
                    samples.Add(cells);
                }
            }

            return new TableSurvey
            {
                Header = header,
                SampleRows = samples,
                Values = [.. counts.Select((c, i) => (IReadOnlyList<ValueCount>)c.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                    .Take(maxDistinct).Select(v => new ValueCount(v.Key, v.Value)).ToList())],
                ManyValues = many,
                RowCount = rows,
            };
        }
        catch (ExtractReadException e)
        {
            return new TableSurvey { Header = [], SampleRows = [], Values = [], ManyValues = [], RowCount = 0, Problem = e.Problem };
        }
    }
}
