using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Core.Extracts;

/// <summary>Reads extract files of the v1 standard, or translated into it by a mapping profile, into validated records or a report of every problem.</summary>
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
        using var table = new CsvTableReader(stream, options.MaxBytes, options.MaxColumns);
        return Validate(table, options);
    }

    /// <summary>
    /// Reads a CSV or XLSX extract (an XLSX file is known by its first bytes, not its name), through
    /// <see cref="ExtractReadOptions.Profile"/> when one is given, and checks it by the v1 standard.
    /// </summary>
    /// <param name="stream">The file, read from its current position and left open; an XLSX file needs a seekable stream.</param>
    /// <param name="options">Limits, the profile, the organisation and, for files that lack one, the snapshot date.</param>
    /// <returns>The records, or no records and every problem found when anything is wrong.</returns>
    public static ParsedExtract Parse(Stream stream, ExtractReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var table = OpenTable(stream, options, []);
        return Validate(table, options);
    }

    /// <summary>Whether a file is XLSX (a zip file) rather than CSV, from its first bytes; the stream is left where it was.</summary>
    public static bool IsXlsx(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return XlsxTableReader.LooksLikeXlsx(head[..read]);
    }

    /// <summary>The file as a table, CSV or XLSX; an XLSX header is looked for among the top rows by the names the profile (or the standard) expects.</summary>
    internal static ITableReader OpenTable(Stream stream, ExtractReadOptions options, IEnumerable<string> knownHeaders)
    {
        if (!IsXlsx(stream))
        {
            return new CsvTableReader(stream, options.MaxBytes, options.MaxColumns);
        }

        var known = new HashSet<string>(ExtractColumns.All.Select(MappingText.Normalise), StringComparer.Ordinal);
        known.UnionWith((options.Profile?.SourceHeaders ?? []).Concat(knownHeaders).Select(MappingText.Normalise));
        return new XlsxTableReader(stream, options, name => known.Contains(MappingText.Normalise(name)));
    }

    /// <summary>
    /// Reads a CSV or XLSX extract as <see cref="Parse(Stream, ExtractReadOptions)"/> does, handing each valid row
    /// to <paramref name="sink"/> as soon as it is checked instead of keeping them; on the first problem the sink
    /// is told to reject what it has, and reading goes on only to report every problem.
    /// </summary>
    /// <param name="stream">The file, as for <see cref="Parse(Stream, ExtractReadOptions)"/>.</param>
    /// <param name="options">Limits, the profile, the organisation and, for files that lack one, the snapshot date.</param>
    /// <param name="sink">Given each valid row while nothing in the file is wrong.</param>
    /// <param name="cancellationToken">Checked between rows: a million-row file stops within a row of shutdown.</param>
    /// <returns>The problems (none when the file is valid) and the columns the file carried; never records.</returns>
    /// <exception cref="OperationCanceledException">Reading was stopped before the end; the sink may hold some rows.</exception>
    public static ParsedExtract Parse(Stream stream, ExtractReadOptions options, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        using var table = OpenTable(stream, options, []);
        var report = Validate(table, options, new EmployeeRecords(sink), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return report;
    }

    private static ParsedExtract Validate(ITableReader table, ExtractReadOptions options)
    {
        var report = Validate(table, options, EmployeeRecords.Kept(out var records), CancellationToken.None);
        return report.IsValid ? report.With(records: records.Records) : report;
    }

    /// <summary>
    /// Checks a table by the v1 standard, through <see cref="ExtractReadOptions.Profile"/> when one is given,
    /// giving the valid rows to <paramref name="validRows"/>; the outcome has the problems and no records.
    /// </summary>
    internal static ParsedExtract Validate(ITableReader table, ExtractReadOptions options, IValidRows validRows, CancellationToken stop)
    {
        IReadOnlyList<string> header;
        try
        {
            header = table.ReadHeader();
        }
        catch (ExtractReadException e)
        {
            return ExtractValidator.Rejected(e.Problem);
        }

        if (options.Profile is not { } profile)
        {
            return new ExtractValidator(header, options, [], validRows).Run(table.ReadRows(), stop);
        }

        var mapper = new ProfileMapper(profile, header, options);
        return new ExtractValidator(mapper.Header, options, mapper.HeaderProblems, validRows)
            .Run(mapper.Map(table.ReadRows()), stop)
            .With(ignoredColumns: mapper.IgnoredColumns);
    }
}
