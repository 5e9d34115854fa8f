namespace EidAnalytics.Core.Extracts;

/// <summary>Reads extract files of the v1 standard into validated records or a report of every problem.</summary>
public static class ExtractParser
{
    /// <summary>
    /// Reads a CSV extract as it streams: UTF-8 (a byte order mark is allowed), comma separated, a
    /// header row of column names matched without regard to case or surrounding spaces.
    /// </summary>
    /// <param name="stream">The file, read from its current position and left open.</param>
    /// <param name="options">Limits, and the organisation every row must belong to, if any.</param>
    /// <returns>The records, or no records and every problem found when anything is wrong.</returns>
    public static ParsedExtract ParseCsv(Stream stream, ExtractReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);

        using var table = new CsvTableReader(stream, options.MaxBytes);
        IReadOnlyList<string> header;
        try
        {
            header = table.ReadHeader();
        }
        catch (ExtractReadException e)
        {
            return ExtractValidator.Rejected(e.Problem);
        }

        return ExtractValidator.Validate(header, table.ReadRows(), options);
    }
}
