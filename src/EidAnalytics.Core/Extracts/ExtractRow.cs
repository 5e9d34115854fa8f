using System.Runtime.CompilerServices;
using System.Text;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One data row of a table-shaped extract as UTF-8 text cells, as a table reader (CSV now, XLSX
/// later) hands it to <see cref="ExtractValidator"/>, after any mapping profile has renamed and
/// translated it. A reader fills one instance again for every row, so a row is only valid until
/// the reader moves on: the cells stay bytes because turning a million rows of cells into strings
/// would cost more than reading and checking them.
/// </summary>
public sealed class ExtractRow
{
    private byte[] _text = new byte[256];
    private int[] _ends = new int[32];
    private int _length;
    private readonly List<CellProblem> _cellProblems = [];

    /// <summary>The row's line in the file; the header is row 1.</summary>
    public int Number { get; private set; }

    /// <summary>How many cells the row has.</summary>
    public int FieldCount { get; private set; }

    /// <summary>
    /// Why the reader could not split the row into cells reliably (broken quoting), in words for the
    /// report; null when it could. The validator reports it and does not check the row's cells.
    /// </summary>
    public string? ReadProblem { get; private set; }

    /// <summary>What sort of problem <see cref="ReadProblem"/> is.</summary>
    public ProblemKind ReadProblemKind { get; private set; }

    /// <summary>The UTF-8 text of cell <paramref name="field"/>, as it was in the file less any quoting.</summary>
    public ReadOnlySpan<byte> this[int field]
    {
        // Read several times for every cell of a million rows: worth the call it saves.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)field, (uint)FieldCount, nameof(field));
            var start = field == 0 ? 0 : _ends[field - 1];
            return _text.AsSpan(start, _ends[field] - start);
        }
    }

    /// <summary>
    /// Cells a mapping profile could not translate (a date not in the profile's format, a grade with
    /// no level). Such a cell is added blank with its problem, which the validator reports in place of
    /// any of its own about that cell.
    /// </summary>
    public IReadOnlyList<CellProblem> CellProblems => _cellProblems;

    /// <summary>Whether any cell was added with a problem; checked on every row, so cheaper than <see cref="CellProblems"/>.</summary>
    public bool HasCellProblems => _cellProblems.Count > 0;

    /// <summary>Whether cell <paramref name="field"/> was added with a problem.</summary>
    public bool HasCellProblem(int field) => _cellProblems.Count > 0 && _cellProblems.Exists(p => p.Field == field);

    /// <summary>Every cell's text, one after the other, for checks of the whole row at once.</summary>
    public ReadOnlySpan<byte> Text => _text.AsSpan(0, _length);

    /// <summary>Empties the row for the cells of row <paramref name="number"/>.</summary>
    public void Start(int number, string? readProblem = null, ProblemKind readProblemKind = ProblemKind.Quoting)
    {
        Number = number;
        ReadProblem = readProblem;
        ReadProblemKind = readProblemKind;
        FieldCount = 0;
        _length = 0;
        _cellProblems.Clear();
    }

    /// <summary>Appends a blank cell that stands for a value that could not be translated, and why.</summary>
    public void AddProblem(ProblemKind kind, string value, string reason)
    {
        _cellProblems.Add(new CellProblem(FieldCount, kind, value, reason));
        Add(ReadOnlySpan<byte>.Empty);
    }

    /// <summary>Appends a cell given as UTF-8.</summary>
    public void Add(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_text.AsSpan(_length));
        End(utf8.Length);
    }

    /// <summary>Appends a cell given as text.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        End(Encoding.UTF8.GetBytes(text, _text.AsSpan(_length)));
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + bytes));
        }

        if (FieldCount == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }
    }

    private void End(int bytes)
    {
        _length += bytes;
        _ends[FieldCount++] = _length;
    }
}

/// <summary>A cell of an <see cref="ExtractRow"/> that could not be translated: its field, the value as it was, and why.</summary>
public sealed record CellProblem(int Field, ProblemKind Kind, string Value, string Reason);
