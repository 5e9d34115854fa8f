namespace EidAnalytics.Core.Extracts;

/// <summary>
/// A file's header read against the v1 standard: where each standard column is, which columns are
/// not the standard's (ignored), and what is wrong with the header itself — a name that is not
/// UTF-8, a column given twice, a required column missing.
/// </summary>
internal sealed class HeaderColumns
{
    private static readonly Dictionary<string, int> StandardColumns =
        ExtractColumns.All.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);

    // Field index of each standard column, -1 when the header lacks it.
    private readonly int[] _at = new int[ExtractColumns.All.Count];
    private readonly HashSet<string> _columns = new(StringComparer.Ordinal);
    private readonly List<(string Name, int At)> _ignored = [];
    private readonly List<ValidationProblem> _problems = [];

    /// <summary>Reads <paramref name="header"/>; a missing column among <paramref name="reported"/> (a mapping profile's own problems) is not reported again.</summary>
    /// <param name="header">The header row's cells, as v1 column names; empty for an empty file.</param>
    /// <param name="reported">Problems already found in the header by whoever translated it.</param>
    public HeaderColumns(IReadOnlyList<string> header, IReadOnlyList<ValidationProblem> reported)
    {
        Array.Fill(_at, -1);
        if (header.Count == 0)
        {
            return;
        }

        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                Report(ProblemKind.NotUtf8, name, header[i], Utf8Cells.NotUtf8("this column name"));
            }
            else if (StandardColumns.TryGetValue(name, out var column))
            {
                var standardName = ExtractColumns.All[column];
                if (_at[column] >= 0)
                {
                    Report(ProblemKind.DuplicateColumn, standardName, header[i],
                        $"the column {standardName} appears more than once in the header (columns {_at[column] + 1} and {i + 1}); keep one");
                }
                else
                {
                    _at[column] = i;
                    _columns.Add(standardName);
                }
            }
            else if (name.Length > 0)
            {
                _ignored.Add((name, i));
            }
        }

        var explained = reported.Where(p => p.Kind == ProblemKind.MissingColumn).Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var required in ExtractColumns.Required)
        {
            if (!_columns.Contains(required) && !explained.Contains(required))
            {
                Report(ProblemKind.MissingColumn, required, "", $"the header has no {required} column, which the standard requires");
            }
        }
    }

    /// <summary>The standard columns the header has, by their standard names.</summary>
    public IReadOnlySet<string> Columns => _columns;

    /// <summary>The columns that are not the standard's, with their field index, in header order.</summary>
    public IReadOnlyList<(string Name, int At)> Ignored => _ignored;

    /// <summary>What is wrong with the header, in header order; each on row 1.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems;

    /// <summary>The field index of a standard column, or -1 when the header lacks it.</summary>
    public int At(string column) => _at[StandardColumns[column]];

    private void Report(ProblemKind kind, string column, string value, string reason) =>
        _problems.Add(new ValidationProblem(1, column, value, reason) { Kind = kind });
}
