namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One validated row of a v1 extract: a person employed at the snapshot date or who left in the
/// 12 months before it. Optional columns the extract did not carry are null.
/// </summary>
/// <remarks>
/// An extract can hold a million of these, and the offline analyser must stay within 200 MB
/// (DESIGN §8), so the optional values are stored without <see cref="Nullable{T}"/>'s padding:
/// dates as day numbers with -1 for none, amounts with NaN for none, codes as bytes with
/// <see cref="byte.MaxValue"/> for none. That keeps a record at 96 bytes instead of 136; the
/// properties are as they would be without it.
/// </remarks>
public sealed record EmployeeRecord
{
    private const byte NoCode = byte.MaxValue;

    private readonly double _fte = 1.0;
    private readonly double _hourlyPay = double.NaN;
    private readonly double _bonusPay = double.NaN;
    private readonly int _snapshotDate;
    private readonly int _startDate;
    private readonly int _levelStartDate = -1;
    private readonly int _lastPromotionDate = -1;
    private readonly int _leaveDate = -1;
    private readonly int _level;
    private readonly JobFamily _jobFamily;
    private readonly Gender _gender;
    private readonly byte _leaveReason = NoCode;
    private readonly byte _ethnicity = NoCode;
    private readonly byte _disability = NoCode;
    private readonly byte _ageBand = NoCode;
    private readonly byte _workingPattern = NoCode;

    public required string OrganisationCode { get; init; }

    public required DateOnly SnapshotDate
    {
        get => DateOnly.FromDayNumber(_snapshotDate);
        init => _snapshotDate = value.DayNumber;
    }

    /// <summary>The employer's id as read from the file; the web host replaces it with a keyed pseudonym before storing.</summary>
    public required string EmployeeRef { get; init; }

    public required JobFamily JobFamily
    {
        get => _jobFamily;
        init => _jobFamily = value;
    }

    /// <summary>1 trainee/apprentice … 6 head/director.</summary>
    public required int Level
    {
        get => _level;
        init => _level = value;
    }

    public string? Grade { get; init; }

    public double Fte
    {
        get => _fte;
        init => _fte = value;
    }

    public required DateOnly StartDate
    {
        get => DateOnly.FromDayNumber(_startDate);
        init => _startDate = value.DayNumber;
    }

    public DateOnly? LevelStartDate
    {
        get => FromDay(_levelStartDate);
        init => _levelStartDate = ToDay(value);
    }

    public DateOnly? LastPromotionDate
    {
        get => FromDay(_lastPromotionDate);
        init => _lastPromotionDate = ToDay(value);
    }

    public DateOnly? LeaveDate
    {
        get => FromDay(_leaveDate);
        init => _leaveDate = ToDay(value);
    }

    public LeaveReason? LeaveReason
    {
        get => _leaveReason == NoCode ? null : (LeaveReason)_leaveReason;
        init => _leaveReason = value is { } code ? (byte)code : NoCode;
    }

    public required Gender Gender
    {
        get => _gender;
        init => _gender = value;
    }

    public Ethnicity? Ethnicity
    {
        get => _ethnicity == NoCode ? null : (Ethnicity)_ethnicity;
        init => _ethnicity = value is { } code ? (byte)code : NoCode;
    }

    public Disability? Disability
    {
        get => _disability == NoCode ? null : (Disability)_disability;
        init => _disability = value is { } code ? (byte)code : NoCode;
    }

    public AgeBand? AgeBand
    {
        get => _ageBand == NoCode ? null : (AgeBand)_ageBand;
        init => _ageBand = value is { } code ? (byte)code : NoCode;
    }

    public WorkingPattern? WorkingPattern
    {
        get => _workingPattern == NoCode ? null : (WorkingPattern)_workingPattern;
        init => _workingPattern = value is { } code ? (byte)code : NoCode;
    }

    public double? HourlyPay
    {
        get => double.IsNaN(_hourlyPay) ? null : _hourlyPay;
        init => _hourlyPay = value ?? double.NaN;
    }

    public double? BonusPay
    {
        get => double.IsNaN(_bonusPay) ? null : _bonusPay;
        init => _bonusPay = value ?? double.NaN;
    }

    public bool IsItFunction => JobFamily != JobFamily.Other;

    private static DateOnly? FromDay(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    private static int ToDay(DateOnly? date) => date?.DayNumber ?? -1;
}
