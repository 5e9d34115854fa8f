namespace EidAnalytics.Core.Extracts;

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
