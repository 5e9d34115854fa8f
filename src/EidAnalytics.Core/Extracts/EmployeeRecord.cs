namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One validated row of a v1 extract: a person employed at the snapshot date or who left in the
/// 12 months before it. Optional columns the extract did not carry are null.
/// </summary>
public sealed record EmployeeRecord
{
    public required string OrganisationCode { get; init; }
    public required DateOnly SnapshotDate { get; init; }

    /// <summary>The employer's id as read from the file; the web host replaces it with a keyed pseudonym before storing.</summary>
    public required string EmployeeRef { get; init; }
    public required JobFamily JobFamily { get; init; }

    /// <summary>1 trainee/apprentice … 6 head/director.</summary>
    public required int Level { get; init; }
    public string? Grade { get; init; }
    public double Fte { get; init; } = 1.0;
    public required DateOnly StartDate { get; init; }
    public DateOnly? LevelStartDate { get; init; }
    public DateOnly? LastPromotionDate { get; init; }
    public DateOnly? LeaveDate { get; init; }
    public LeaveReason? LeaveReason { get; init; }
    public required Gender Gender { get; init; }
    public Ethnicity? Ethnicity { get; init; }
    public Disability? Disability { get; init; }
    public AgeBand? AgeBand { get; init; }
    public WorkingPattern? WorkingPattern { get; init; }
    public double? HourlyPay { get; init; }
    public double? BonusPay { get; init; }

    public bool IsItFunction => JobFamily != JobFamily.Other;
}
