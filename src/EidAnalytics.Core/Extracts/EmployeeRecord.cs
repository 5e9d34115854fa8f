using System.Diagnostics.CodeAnalysis;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One validated row of a v1 extract: a person employed at the snapshot date or who left in the
/// 12 months before it. Optional columns the extract did not carry are null.
/// </summary>
/// <remarks>
/// An extract can hold a million of these, so the values are kept packed in an
/// <see cref="EmployeeFacts"/> (no <see cref="Nullable{T}"/> padding), which keeps a record at 96
/// bytes instead of 136; the properties are as they would be without it.
/// </remarks>
public sealed record EmployeeRecord
{
    private readonly EmployeeFacts _facts = EmployeeFacts.Blank;

    public EmployeeRecord()
    {
    }

    /// <summary>A record of values the validator has already packed.</summary>
    [SetsRequiredMembers]
    internal EmployeeRecord(string organisationCode, string employeeRef, string? grade, in EmployeeFacts facts)
    {
        OrganisationCode = organisationCode;
        EmployeeRef = employeeRef;
        Grade = grade;
        _facts = facts;
    }

    /// <summary>The packed values, as the metrics read them.</summary>
    internal ref readonly EmployeeFacts Facts => ref _facts;

    public required string OrganisationCode { get; init; }

    public required DateOnly SnapshotDate
    {
        get => DateOnly.FromDayNumber(_facts.SnapshotDay);
        init => _facts.SnapshotDay = value.DayNumber;
    }

    /// <summary>The employer's id as read from the file; the web host replaces it with a keyed pseudonym before storing.</summary>
    public required string EmployeeRef { get; init; }

    public required JobFamily JobFamily
    {
        get => _facts.JobFamily;
        init => _facts.JobFamily = value;
    }

    /// <summary>1 trainee/apprentice … 6 head/director.</summary>
    public required int Level
    {
        get => _facts.Level;
        init => _facts.Level = value;
    }

    public string? Grade { get; init; }

    public double Fte
    {
        get => _facts.Fte;
        init => _facts.Fte = value;
    }

    public required DateOnly StartDate
    {
        get => DateOnly.FromDayNumber(_facts.StartDay);
        init => _facts.StartDay = value.DayNumber;
    }

    public DateOnly? LevelStartDate
    {
        get => EmployeeFacts.Date(_facts.LevelStartDay);
        init => _facts.LevelStartDay = EmployeeFacts.Day(value);
    }

    public DateOnly? LastPromotionDate
    {
        get => EmployeeFacts.Date(_facts.LastPromotionDay);
        init => _facts.LastPromotionDay = EmployeeFacts.Day(value);
    }

    public DateOnly? LeaveDate
    {
        get => EmployeeFacts.Date(_facts.LeaveDay);
        init => _facts.LeaveDay = EmployeeFacts.Day(value);
    }

    public LeaveReason? LeaveReason
    {
        get => EmployeeFacts.Code<LeaveReason>(_facts.LeaveReason);
        init => _facts.LeaveReason = EmployeeFacts.Code(value);
    }

    public required Gender Gender
    {
        get => _facts.Gender;
        init => _facts.Gender = value;
    }

    public Ethnicity? Ethnicity
    {
        get => EmployeeFacts.Code<Ethnicity>(_facts.Ethnicity);
        init => _facts.Ethnicity = EmployeeFacts.Code(value);
    }

    public Disability? Disability
    {
        get => EmployeeFacts.Code<Disability>(_facts.Disability);
        init => _facts.Disability = EmployeeFacts.Code(value);
    }

    public AgeBand? AgeBand
    {
        get => EmployeeFacts.Code<AgeBand>(_facts.AgeBand);
        init => _facts.AgeBand = EmployeeFacts.Code(value);
    }

    public WorkingPattern? WorkingPattern
    {
        get => EmployeeFacts.Code<WorkingPattern>(_facts.WorkingPattern);
        init => _facts.WorkingPattern = EmployeeFacts.Code(value);
    }

    public double? HourlyPay
    {
        get => double.IsNaN(_facts.HourlyPay) ? null : _facts.HourlyPay;
        init => _facts.HourlyPay = value ?? double.NaN;
    }

    public double? BonusPay
    {
        get => double.IsNaN(_facts.BonusPay) ? null : _facts.BonusPay;
        init => _facts.BonusPay = value ?? double.NaN;
    }

    public bool IsItFunction => _facts.IsItFunction;
}
