namespace EidAnalytics.Core.Extracts;

/// <summary>The column names of the v1 extract standard (DESIGN §5), lower case.</summary>
public static class ExtractColumns
{
    public const string OrganisationCode = "organisation_code";
    public const string SnapshotDate = "snapshot_date";
    public const string EmployeeRef = "employee_ref";
    public const string JobFamily = "job_family";
    public const string Level = "level";
    public const string Grade = "grade";
    public const string Fte = "fte";
    public const string StartDate = "start_date";
    public const string LevelStartDate = "level_start_date";
    public const string LastPromotionDate = "last_promotion_date";
    public const string LeaveDate = "leave_date";
    public const string LeaveReason = "leave_reason";
    public const string Gender = "gender";
    public const string Ethnicity = "ethnicity";
    public const string Disability = "disability";
    public const string AgeBand = "age_band";
    public const string WorkingPattern = "working_pattern";
    public const string HourlyPay = "hourly_pay";
    public const string BonusPay = "bonus_pay";

    public static readonly IReadOnlyList<string> Required =
        [OrganisationCode, SnapshotDate, EmployeeRef, JobFamily, Level, StartDate, Gender];

    /// <summary>Every column in the standard's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        OrganisationCode, SnapshotDate, EmployeeRef, JobFamily, Level, Grade, Fte, StartDate,
        LevelStartDate, LastPromotionDate, LeaveDate, LeaveReason, Gender, Ethnicity, Disability,
        AgeBand, WorkingPattern, HourlyPay, BonusPay,
    ];
}
