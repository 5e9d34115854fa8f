using CsvHelper;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Streams a CSV file as a header and rows of UTF-8 cells for <see cref="ExtractValidator"/>:
/// UTF-8 (a byte order mark is allowed), comma separated, RFC 4180 quoting. It reads no meaning
/// into the cells; that is the validator's job, whatever the file format.
/// </summary>
internal sealed class CsvTableReader : ITableReader
{
    // No column of the standard holds more than a few dozen characters; a longer "row" is a
    // binary file or a runaway field, and must not make the reader buffer the whole upload.
    private const int MaxRowBytes = 1024 * 1024;

    private readonly CsvReader _reader;
    private readonly int _maxColumns;
    private readonly Queue<(long Line, CsvMalformedReason Reason)> _malformed = new();

    /// <param name="stream">The file, read from its current position and left open.</param>
    /// <param name="maxBytes">The most bytes that may be read; null for no limit.</param>
    /// <param name="maxColumns">The most columns the header may have.</param>
    /// <param name="hasHeader">False for a part of a file after its first, which starts with data rows; its header is then empty.</param>
    public CsvTableReader(Stream stream, long? maxBytes, int maxColumns, bool hasHeader = true)
    {
        _maxColumns = maxColumns;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = hasHeader,
            // Every line break ends a row: no column of the standard spans lines, and so one
            // unclosed quote spoils only its own row instead of swallowing the rest of the file.
            AllowLineBreaksInQuotes = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRowBytes,
            OnMalformedRecord = m => _malformed.Enqueue((m.LineNumber, m.Reason)),
        };
        var source = maxBytes is { } limit ? new ByteLimitStream(stream, limit) : stream;
        _reader = CsvReader.Create(source, options, leaveOpen: true);
    }

    /// <summary>Reads the header row; empty for an empty file.</summary>
    /// <exception cref="ExtractReadException">The file is too large or not a readable CSV file.</exception>
    public IReadOnlyList<string> ReadHeader()
    {
        IReadOnlyList<string> header;
        try
        {
            header = _reader.Headers;
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
        if (header.Count > _maxColumns)
        {
            throw new ExtractReadException(new ValidationProblem(1, "", "",
                $"the header has {header.Count:N0} columns, more than the {_maxColumns:N0} accepted; this does not look like an extract of the standard")
            {
                Kind = ProblemKind.TooManyColumns,
            });
        }
        return header;
    }

    /// <summary>Reads the data rows one at a time, into the same <see cref="ExtractRow"/>.</summary>
    /// <exception cref="ExtractReadException">The file is too large or a row cannot be read.</exception>
    public IEnumerable<ExtractRow> ReadRows()
    {
        var row = new ExtractRow();
        while (Read())
        {
            var line = _reader.LineNumber;
            row.Start(checked((int)line), QuotingProblem(line));
            for (var i = 0; i < _reader.FieldCount; i++)
            {
                row.Add(_reader.GetSpan(i));
            }

            yield return row;
        }
    }

    private bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
    }

    private string? QuotingProblem(long line)
    {
        while (_malformed.TryPeek(out var m) && m.Line <= line)
        {
            _malformed.Dequeue();
            if (m.Line == line)
            {
                return m.Reason switch
                {
                    CsvMalformedReason.StrayQuote =>
                        "the row has a quote mark (\") inside a value that does not start with one; put the whole value in quotes and double the quote mark inside it (\"\")",
                    CsvMalformedReason.TextAfterClosingQuote =>
                        "the row has text after the closing quote mark (\") of a value; put the whole value in quotes and double any quote mark inside it (\"\")",
                    _ => "the row opens a quote mark (\") that is not closed on the same line",
                };
            }
        }

        return null;
    }

    private static ExtractReadException Unreadable(CsvFormatException e) =>
        new(new ValidationProblem(checked((int)e.LineNumber), "", "",
            $"the file cannot be read from this row on: a row is longer than {MaxRowBytes / (1024 * 1024)} MB, so this does not look like a CSV file of the standard")
            {
                Kind = ProblemKind.Unreadable,
            });

    public void Dispose() => _reader.Dispose();
}
