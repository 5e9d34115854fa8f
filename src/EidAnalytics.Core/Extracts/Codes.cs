namespace EidAnalytics.Core.Extracts;

/// <summary>Gender as the v1 standard codes it. Only <see cref="Undisclosed"/> is left out of women-share denominators.</summary>
public enum Gender : byte { Female, Male, Other, Undisclosed }

/// <summary>Job family; the IT function is <see cref="It"/>, <see cref="Digital"/> and <see cref="Data"/>.</summary>
public enum JobFamily : byte { It, Digital, Data, Other }

public enum LeaveReason : byte { Voluntary, Involuntary, Retirement, EndOfContract, Other }

/// <summary>ONS 2021 high-level ethnic groups.</summary>
public enum Ethnicity : byte { Asian, Black, Mixed, White, Other, Undisclosed }

public enum Disability : byte { Yes, No, Undisclosed }

public enum AgeBand : byte { From16To24, From25To34, From35To44, From45To54, From55To64, From65 }

public enum WorkingPattern : byte { FullTime, PartTime }

/// <summary>The text codes of the v1 extract standard (DESIGN §5), one table per coded column.</summary>
public static class Codes
{
    public static readonly CodeTable<Gender> Gender = new(
        ("female", Extracts.Gender.Female), ("male", Extracts.Gender.Male),
        ("other", Extracts.Gender.Other), ("undisclosed", Extracts.Gender.Undisclosed));

    public static readonly CodeTable<JobFamily> JobFamily = new(
        ("it", Extracts.JobFamily.It), ("digital", Extracts.JobFamily.Digital),
        ("data", Extracts.JobFamily.Data), ("other", Extracts.JobFamily.Other));

    public static readonly CodeTable<LeaveReason> LeaveReason = new(
        ("voluntary", Extracts.LeaveReason.Voluntary), ("involuntary", Extracts.LeaveReason.Involuntary),
        ("retirement", Extracts.LeaveReason.Retirement), ("end_of_contract", Extracts.LeaveReason.EndOfContract),
        ("other", Extracts.LeaveReason.Other));

    public static readonly CodeTable<Ethnicity> Ethnicity = new(
        ("asian", Extracts.Ethnicity.Asian), ("black", Extracts.Ethnicity.Black), ("mixed", Extracts.Ethnicity.Mixed),
        ("white", Extracts.Ethnicity.White), ("other", Extracts.Ethnicity.Other),
        ("undisclosed", Extracts.Ethnicity.Undisclosed));

    public static readonly CodeTable<Disability> Disability = new(
        ("yes", Extracts.Disability.Yes), ("no", Extracts.Disability.No),
        ("undisclosed", Extracts.Disability.Undisclosed));

    public static readonly CodeTable<AgeBand> AgeBand = new(
        ("16-24", Extracts.AgeBand.From16To24), ("25-34", Extracts.AgeBand.From25To34),
        ("35-44", Extracts.AgeBand.From35To44), ("45-54", Extracts.AgeBand.From45To54),
        ("55-64", Extracts.AgeBand.From55To64), ("65+", Extracts.AgeBand.From65));

    public static readonly CodeTable<WorkingPattern> WorkingPattern = new(
        ("full_time", Extracts.WorkingPattern.FullTime), ("part_time", Extracts.WorkingPattern.PartTime));
}

/// <summary>A two-way map between a coded column's text codes and its enum. Matching ignores case.</summary>
public sealed class CodeTable<T> where T : struct, Enum
{
    private readonly Dictionary<string, T> _byCode;
    private readonly Dictionary<T, string> _byValue;

    public CodeTable(params (string Code, T Value)[] entries)
    {
        _byCode = entries.ToDictionary(e => e.Code, e => e.Value, StringComparer.OrdinalIgnoreCase);
        _byValue = entries.ToDictionary(e => e.Value, e => e.Code);
        Lookup = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        AllCodes = entries.Select(e => e.Code).ToArray();
    }

    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The codes in the standard's order, for messages and documentation.</summary>
    public IReadOnlyList<string> AllCodes { get; }

    public bool TryParse(ReadOnlySpan<char> code, out T value) => Lookup.TryGetValue(code.Trim(), out value);

    public string Format(T value) => _byValue[value];
}
