using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// When the recurring jobs run (section Eid:Schedules): cron expressions of five fields (minute,
/// hour, day of month, month, day of week) read in <see cref="TimeZone"/>. What each one runs, and
/// its default in words, is in <see cref="Schedules"/>; an expression Hangfire cannot read stops the
/// service at start.
/// </summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string Section = "Eid:Schedules";

    /// <summary>The time zone the crons are read in; UK local time, so 06:00 stays 06:00 across the clock changes.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    [Required]
    public string Briefings { get; set; } = "0 6 1 * *";

    [Required]
    public string BenchmarkReports { get; set; } = "0 7 1 * *";

    [Required]
    public string RetentionPurge { get; set; } = "30 2 * * *";

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Eid:Schedules:TimeZone '{TimeZone}' is not a time zone this machine knows.", [nameof(TimeZone)]);
        }
    }
}
