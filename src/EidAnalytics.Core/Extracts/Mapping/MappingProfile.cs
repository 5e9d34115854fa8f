namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// How to read a file that is not in the v1 standard into it: which of its columns holds each v1
/// column (or a value that is the same on every row), which of its codes means which v1 code, how
/// its dates are written, which grade is which level, and where a date of birth is to be turned
/// into an age band. docs/mapping-profiles.md describes the JSON form; <see cref="MappingProfileJson"/> reads and writes it.
/// </summary>
public sealed record MappingProfile
{
    /// <summary>A short name, unique among the built-in profiles and an organisation's own: <c>itrent</c>, <c>it-team</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What a person calls it: "MHR iTrent".</summary>
    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The XLSX sheet to read; null for the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// How the file writes dates as text, as a .NET custom date format (<c>dd/MM/yyyy</c>,
    /// <c>dd-MMM-yyyy</c>); null for <c>yyyy-MM-dd</c>. Dates stored as dates in an XLSX sheet, and
    /// dates written <c>yyyy-MM-dd</c>, are read whatever it says.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>Where each v1 column comes from, by v1 column name. A column not named here is not in the file.</summary>
    public IReadOnlyDictionary<string, ColumnSource> Columns { get; init; } = new Dictionary<string, ColumnSource>();

    /// <summary>The file's column holding a date of birth, turned into <c>age_band</c> at the snapshot date and dropped; null if none.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>
    /// For each coded v1 column (and <c>level</c>), the file's codes and the v1 code each stands for,
    /// in the order given. Matched without regard to case or spaces. A value not listed is read as it
    /// is, so v1 codes need no listing; the common codes (<see cref="BuiltInProfiles.Common"/>) are understood by every profile.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CodeMapping>> Codes { get; init; } = new Dictionary<string, IReadOnlyList<CodeMapping>>();

    /// <summary>The level (1–6) of each grade, for files that have grades but no level column.</summary>
    public IReadOnlyList<GradeLevel> GradeLevels { get; init; } = [];

    /// <summary>The file's column names this profile reads, to find the header row of a spreadsheet.</summary>
    public IEnumerable<string> SourceHeaders =>
        Columns.Values.Select(c => c.Header).OfType<string>().Concat(DateOfBirth is null ? [] : [DateOfBirth]);
}
