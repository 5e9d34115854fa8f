using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Limits and checks for reading one extract. The defaults have no size or row limit; the limits
/// that guard against hostile XLSX files (entries, unpacked size, compression ratio, columns) are
/// always on.
/// </summary>
public sealed record ExtractReadOptions
{
    /// <summary>The largest file accepted, in bytes, counted while reading; null for no limit.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>The most data rows accepted (the header is not counted); null for no limit.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Read only this many data rows and stop without complaint: a preview of a file, not a check of all of it.</summary>
    public int? PreviewRows { get; init; }

    /// <summary>How many problems are kept for the report; <see cref="ParsedExtract.ProblemCount"/> still counts them all.</summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>
    /// When set, every row's <c>organisation_code</c> must be this code (an upload on behalf of one
    /// organisation). With a mapping profile that names no <c>organisation_code</c> column, it is
    /// also the code every row is given.
    /// </summary>
    public string? ExpectedOrganisationCode { get; init; }

    /// <summary>
    /// Organisations' names by code, to name them in a problem where a code alone would puzzle (a file
    /// for another organisation); null to give codes only.
    /// </summary>
    public IReadOnlyDictionary<string, string>? OrganisationNames { get; init; }

    /// <summary>The mapping profile that translates the file into the standard; null for a file in the standard.</summary>
    public MappingProfile? Profile { get; init; }

    /// <summary>
    /// The snapshot date of a file read with a mapping profile that names no <c>snapshot_date</c>
    /// column (HR reports rarely carry the date they were run for); ignored otherwise.
    /// </summary>
    public DateOnly? SnapshotDate { get; init; }

    /// <summary>
    /// Today's date in the UK (<see cref="SnapshotDates.TodayInUk"/>): a snapshot after it (or before 2000) is a
    /// problem. Core does not read the clock, so every caller says what today is.
    /// </summary>
    public required DateOnly Today { get; init; }

    /// <summary>
    /// The file is given as an IT team's own extract (DESIGN §5's it_team): rows whose job_family is
    /// other then make the file wrong, reported once for the file with their count and first row.
    /// </summary>
    public bool ItTeamOnly { get; init; }

    /// <summary>The XLSX sheet to read; null for the profile's sheet, or else the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>The most parts (zip entries) an XLSX file may hold; a workbook needs a dozen or so.</summary>
    public int MaxXlsxEntries { get; init; } = 1000;

    /// <summary>
    /// The most an XLSX file may unpack to, in bytes, as its zip directory declares it and as it is
    /// counted while reading.
    /// </summary>
    public long MaxXlsxUnpackedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The highest ratio of unpacked to packed size of any part over 1 MB. Real sheets pack 5–30
    /// times; a zip bomb packs a thousand times or more.
    /// </summary>
    public double MaxXlsxCompressionRatio { get; init; } = 100;

    /// <summary>The most columns a sheet may use.</summary>
    public int MaxColumns { get; init; } = 500;
}
