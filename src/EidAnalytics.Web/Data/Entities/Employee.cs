namespace EidAnalytics.Web.Data;

/// <summary>A pseudonymised employee row; loaded with binary COPY, read for record-level views.</summary>
public sealed class Employee
{
    public long DatasetVersionId { get; set; }
    public required byte[] Pseudonym { get; set; }
    public required string JobFamily { get; set; }
    public short Level { get; set; }
    public string? Grade { get; set; }
    public double Fte { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? LevelStartDate { get; set; }
    public DateOnly? LastPromotionDate { get; set; }
    public DateOnly? LeaveDate { get; set; }
    public string? LeaveReason { get; set; }
    public required string Gender { get; set; }
    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }
    public string? AgeBand { get; set; }
    public string? WorkingPattern { get; set; }
    public double? HourlyPay { get; set; }
    public double? BonusPay { get; set; }
}
