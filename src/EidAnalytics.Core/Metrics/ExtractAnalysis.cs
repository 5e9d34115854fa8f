using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// The offline analyser's reading of an extract (DESIGN §8, §9): checked by the same
/// <see cref="ExtractValidator"/> as <see cref="ExtractParser"/>, its metrics tallied as the rows stream
/// past, and no record kept, so a million rows need neither a million objects nor their strings.
/// </summary>
/// <remarks>
/// A large CSV file in the standard is read in parts, one per core, split at line breaks: the reader
/// ends a row at every line break (quoted values may not span lines), so each part is whole rows.
/// Each part is checked on its own, and then what no part can see alone: an employee_ref in two parts
/// and a snapshot date that differs between parts. A file with any problem at all is then read again
/// in one go, and that reading's report is the one given, so the problems, their order and their row
/// numbers are always those of <see cref="ExtractParser"/>: an invalid file costs a second reading,
/// which is the price of not rebuilding the validator's cross-row rules for parts.
/// </remarks>
public static class ExtractAnalysis
{
    /// <summary>Parts smaller than this are not worth a thread each.</summary>
    private const long MinPartBytes = 4 * 1024 * 1024;

    /// <summary>How far past a split point a line break is looked for; a row of the standard is far shorter.</summary>
    private const int SplitSearchBytes = 64 * 1024;

    /// <summary>Reads, checks and measures one extract.</summary>
    /// <param name="open">
    /// Opens the file, at its start, as a new stream each time it is called: a file read in parts is
    /// read through several streams at once. The streams are disposed here.
    /// </param>
    /// <param name="options">Limits, the profile, the organisation and, for files that lack one, the snapshot date.</param>
    /// <param name="metricOptions">The baseline band.</param>
    /// <param name="maxParts">At most how many parts to read at once: the number of cores to use.</param>
    public static AnalysedExtract Analyse(Func<Stream> open, ExtractReadOptions options, MetricOptions metricOptions, int maxParts) =>
        Analyse(open, options, metricOptions, maxParts, MinPartBytes);

    /// <summary>As <see cref="Analyse(Func{Stream}, ExtractReadOptions, MetricOptions, int)"/>, with parts as small as <paramref name="minPartBytes"/> (tests split small files).</summary>
    internal static AnalysedExtract Analyse(Func<Stream> open, ExtractReadOptions options, MetricOptions metricOptions, int maxParts, long minPartBytes)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        WorkforceMetrics.CheckOptions(metricOptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);

        using var stream = open();
        if (CanSplit(stream, options) && SplitPoints(stream, maxParts, minPartBytes) is { Length: > 2 } bounds)
        {
            if (InParts(open, stream, bounds, options, metricOptions) is { } analysed)
            {
                return analysed;
            }

            stream.Position = 0;
        }

        using var table = ExtractParser.OpenTable(stream, options, []);
        var tallies = new OrganisationTallies();
        var report = ExtractParser.Validate(table, options, tallies, CancellationToken.None);
        return Outcome(report, report.IsValid ? tallies.Measure(report.Columns, metricOptions) : [], parts: 1);
    }

    /// <summary>
    /// Only a CSV file in the standard, read whole: a profile's mapping, a row or byte limit and a
    /// preview all depend on what came before; a UTF-16 or UTF-32 file has line breaks that are not bytes.
    /// </summary>
    private static bool CanSplit(Stream stream, ExtractReadOptions options)
    {
        if (options is not { Profile: null, MaxRows: null, MaxBytes: null, PreviewRows: null } || !stream.CanSeek || ExtractParser.IsXlsx(stream))
        {
            return false;
        }

        Span<byte> head = stackalloc byte[2];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return read < 2 || head is not ([0xFE, 0xFF] or [0xFF, 0xFE] or [0, 0]);
    }

    /// <summary>
    /// The byte offsets where parts start, and the file's length: about equal parts, each starting just
    /// after a line break, at a line that starts with printable ASCII. A split inside a line of the
    /// header or of any row is impossible; so is one before bytes the reader could take for a byte
    /// order mark, which it reads only at the start of a stream.
    /// </summary>
    internal static long[] SplitPoints(Stream stream, int maxParts, long minPartBytes)
    {
        var length = stream.Length;
        var parts = (int)Math.Min(maxParts, length / Math.Max(1, minPartBytes));
        var bounds = new List<long> { 0 };
        var window = new byte[SplitSearchBytes];
        for (var k = 1; k < parts; k++)
        {
            var from = Math.Max(bounds[^1] + 1, length * k / parts);
            stream.Position = from;
            var read = stream.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
            var lineStart = LineStart(window.AsSpan(0, read));
            if (lineStart < 0)
            {
                break;
            }

            bounds.Add(from + lineStart);
        }

        stream.Position = 0;
        bounds.Add(length);
        return [.. bounds];
    }

    /// <summary>The first index in <paramref name="bytes"/> just after a line feed where a line of printable ASCII starts; -1 if none.</summary>
    private static int LineStart(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.IndexOf((byte)'\n'); i >= 0 && i + 1 < bytes.Length; i = NextLineFeed(bytes, i))
        {
            if (bytes[i + 1] is >= 0x20 and < 0x7F)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int NextLineFeed(ReadOnlySpan<byte> bytes, int at) =>
        bytes[(at + 1)..].IndexOf((byte)'\n') is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>The file read in parts at once; null when it has a problem, which a reading in one go reports in full.</summary>
    private static AnalysedExtract? InParts(Func<Stream> open, Stream first, long[] bounds, ExtractReadOptions options, MetricOptions metricOptions)
    {
        using var stop = new CancellationTokenSource();
        using var head = new CsvTableReader(Range(first, bounds[0], bounds[1]), null, options.MaxColumns);
        IReadOnlyList<string> header;
        try
        {
            header = head.ReadHeader();
        }
        catch (ExtractReadException)
        {
            return null;
        }

        var later = new Task<Part>[bounds.Length - 2];
        for (var k = 1; k < bounds.Length - 1; k++)
        {
            var (from, to) = (bounds[k], bounds[k + 1]);
            later[k - 1] = Task.Run(() =>
            {
                using var stream = open();
                using var table = new CsvTableReader(Range(stream, from, to), null, options.MaxColumns, hasHeader: false);
                return Part.Read(header, table, options, appendable: true, stop);
            });
        }

        Part[] parts;
        try
        {
            parts = [Part.Read(header, head, options, appendable: false, stop), .. Task.WhenAll(later).GetAwaiter().GetResult()];
        }
        finally
        {
            // Whatever happened to the first part, the others are of no more use.
            stop.Cancel();
        }

        if (parts.Any(p => !p.Report.IsValid || p.Stopped) || parts.SelectMany(p => p.Tallies.SnapshotDates).Distinct().Count() > 1)
        {
            return null;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            for (var j = i + 1; j < parts.Length; j++)
            {
                if (parts[i].EmployeeRefs.SharesAnyWith(parts[j].EmployeeRefs))
                {
                    return null;
                }
            }
        }

        var tallies = parts[0].Tallies;
        foreach (var part in parts.AsSpan(1))
        {
            tallies.Append(part.Tallies);
        }

        var report = parts[0].Report;
        return Outcome(report, tallies.Measure(report.Columns, metricOptions), parts.Length);
    }

    /// <summary>Bytes <paramref name="from"/> to <paramref name="to"/> of a file, as a stream that ends there.</summary>
    private static ByteLimitStream Range(Stream stream, long from, long to)
    {
        stream.Position = from;
        return new ByteLimitStream(stream, to - from, endAtLimit: true);
    }

    private static AnalysedExtract Outcome(ParsedExtract report, IReadOnlyList<OrganisationMetrics> organisations, int parts) => new()
    {
        Organisations = organisations,
        Problems = report.Problems,
        ProblemCount = report.ProblemCount,
        ProblemGroups = report.ProblemGroups,
        Parts = parts,
    };

    /// <summary>One part of a file, checked and tallied; <see cref="Stopped"/> when a problem elsewhere cut it short.</summary>
    private sealed record Part(ParsedExtract Report, OrganisationTallies Tallies, EmployeeRefIndex EmployeeRefs, bool Stopped)
    {
        public static Part Read(IReadOnlyList<string> header, CsvTableReader table, ExtractReadOptions options, bool appendable, CancellationTokenSource stop)
        {
            var rows = new StopOnProblem(new OrganisationTallies(appendable), stop);
            var validator = new ExtractValidator(header, options, [], rows);
            var report = validator.Run(table.ReadRows(), stop.Token);
            return new Part(report, rows.Tallies, validator.EmployeeRefs, stop.IsCancellationRequested);
        }
    }

    /// <summary>Tallies a part's valid rows, and stops every part at the first problem in any: the file will be read again.</summary>
    private sealed class StopOnProblem(OrganisationTallies tallies, CancellationTokenSource stop) : IValidRows
    {
        public OrganisationTallies Tallies => tallies;

        public void Add(string organisationCode, ReadOnlySpan<byte> employeeRef, ReadOnlySpan<byte> grade, in EmployeeFacts facts) =>
            tallies.Add(organisationCode, facts);

        public void Reject() => stop.Cancel();
    }
}

/// <summary>
/// An extract read by <see cref="ExtractAnalysis"/>: the metrics of each organisation and snapshot date in
/// it, or no metrics and the problems that reject it.
/// </summary>
public sealed class AnalysedExtract
{
    /// <summary>Ordered by organisation code (ordinal) then snapshot date; empty when the file has a problem.</summary>
    public required IReadOnlyList<OrganisationMetrics> Organisations { get; init; }

    /// <summary>At most <see cref="ExtractReadOptions.MaxProblems"/>, in file order, as <see cref="ParsedExtract.Problems"/>.</summary>
    public required IReadOnlyList<ValidationProblem> Problems { get; init; }

    public required int ProblemCount { get; init; }

    public required IReadOnlyList<ProblemGroup> ProblemGroups { get; init; }

    /// <summary>How many parts the reading that gave this outcome read the file in at once.</summary>
    internal int Parts { get; init; }

    public bool IsValid => ProblemCount == 0;
}
