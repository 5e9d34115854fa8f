namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The outcome of reading an extract: either valid records, or the problems that reject the
/// whole file. <see cref="Problems"/> holds at most the configured number; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed class ParsedExtract
{
    public required IReadOnlyList<EmployeeRecord> Records { get; init; }
    public required IReadOnlyList<ValidationProblem> Problems { get; init; }
    public required int ProblemCount { get; init; }

    /// <summary>Every problem, kept or not, counted in groups of the same kind, column (and, for codes, value); largest first.</summary>
    public required IReadOnlyList<ProblemGroup> ProblemGroups { get; init; }

    /// <summary>The v1 columns present in the file (lower case); metrics need to know which optional ones were carried.</summary>
    public required IReadOnlySet<string> Columns { get; init; }

    /// <summary>Header names that are not part of the standard (or that the mapping profile does not use) and were ignored.</summary>
    public required IReadOnlyList<string> IgnoredColumns { get; init; }

    public bool IsValid => ProblemCount == 0;

    /// <summary>The same outcome with other records or ignored columns.</summary>
    internal ParsedExtract With(IReadOnlyList<EmployeeRecord>? records = null, IReadOnlyList<string>? ignoredColumns = null) => new()
    {
        Records = records ?? Records,
        Problems = Problems,
        ProblemCount = ProblemCount,
        ProblemGroups = ProblemGroups,
        Columns = Columns,
        IgnoredColumns = ignoredColumns ?? IgnoredColumns,
    };
}
