using EidAnalytics.Core.Extracts;
using static EidAnalytics.Core.Tests.Extracts.ExtractCsv;
using C = EidAnalytics.Core.Extracts.ExtractColumns;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>The rules for the cells of one row. The valid row's snapshot date is 2025-03-31.</summary>
public sealed class ExtractRuleTests
{
    private static ValidationProblem ProblemWith(params (string Column, string Value)[] changes) =>
        SingleProblem(Parse(File(Row(changes))));

    [Theory]
    [InlineData(C.OrganisationCode, "")]
    [InlineData(C.OrganisationCode, " ")]
    [InlineData(C.SnapshotDate, "")]
    [InlineData(C.SnapshotDate, " ")]
    [InlineData(C.EmployeeRef, "")]
    [InlineData(C.JobFamily, "")]
    [InlineData(C.Level, "")]
    [InlineData(C.Level, " ")]
    [InlineData(C.StartDate, "")]
    [InlineData(C.Gender, "\t")]
    public void A_blank_required_value_is_rejected(string column, string blank)
    {
        var problem = ProblemWith((column, blank));

        Assert.Equal((2, column), (problem.Row, problem.Column));
        Assert.Equal($"{column} is blank; every row needs one", problem.Reason);
    }

    [Theory]
    [InlineData("E0900003")]
    [InlineData("E090000300")]
    [InlineData("X09000030")]
    [InlineData("e09000030")]
    [InlineData("E09OOOO30")]
    public void An_organisation_code_that_is_not_a_GSS_code_is_rejected(string code)
    {
        var problem = ProblemWith((C.OrganisationCode, code));

        Assert.Equal((2, C.OrganisationCode, code), (problem.Row, problem.Column, problem.Value));
        Assert.Contains("is not an ONS GSS code", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData("2025-3-31")]
    [InlineData("20250331")]
    public void A_snapshot_date_that_is_not_an_ISO_date_is_rejected(string date)
    {
        var problem = ProblemWith((C.SnapshotDate, date));

        Assert.Equal((2, C.SnapshotDate, date), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"snapshot_date {date} is not a date written as year-month-day, such as 2025-03-31", problem.Reason);
    }

    [Fact]
    public void A_snapshot_date_that_differs_from_the_first_rows_is_rejected()
    {
        var problem = SingleProblem(Parse(File(Row(), Row((C.EmployeeRef, "EMP002"), (C.SnapshotDate, "2025-04-30")))));

        Assert.Equal((3, C.SnapshotDate), (problem.Row, problem.Column));
        Assert.Equal("snapshot_date 2025-04-30 differs from 2025-03-31 on row 2; every row of a file must have the same snapshot_date", problem.Reason);
    }

    [Fact]
    public void A_duplicate_employee_ref_in_one_organisation_is_rejected_naming_the_row_it_was_first_on()
    {
        var problem = SingleProblem(Parse(File(Row(), Row((C.EmployeeRef, "EMP002")), Row())));

        Assert.Equal((4, C.EmployeeRef, "EMP001"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("rows 2 and 4 have the same employee_ref; give each person one row", problem.Reason);
    }

    [Fact]
    public void Duplicate_employee_refs_are_summarised_by_their_rows_without_the_reference()
    {
        var once = Assert.Single(Parse(File(Row(), Row((C.EmployeeRef, "EMP002")), Row())).ProblemGroups);
        var twice = Assert.Single(Parse(File(Row(), Row(), Row((C.EmployeeRef, "EMP002")), Row((C.EmployeeRef, "EMP002")))).ProblemGroups);

        Assert.Equal("rows 2 and 4 have the same employee_ref; give each person one row", once.Summary);
        Assert.Equal("2 rows have an employee_ref that an earlier row already has (rows 3, 5) — give each person one row", twice.Summary);
    }

    [Fact]
    public void The_same_employee_ref_in_two_organisations_is_two_people()
    {
        var records = Records(Parse(File(Row(), Row((C.OrganisationCode, "E09000031")))));

        Assert.Equal(["E09000030", "E09000031"], records.Select(r => r.OrganisationCode));
    }

    [Theory]
    [InlineData(C.JobFamily, "ict", "it, digital, data, other")]
    [InlineData(C.Gender, "f", "female, male, other, undisclosed")]
    [InlineData(C.Ethnicity, "british", "asian, black, mixed, white, other, undisclosed")]
    [InlineData(C.Disability, "n", "yes, no, undisclosed")]
    [InlineData(C.AgeBand, "25-35", "16-24, 25-34, 35-44, 45-54, 55-64, 65+")]
    [InlineData(C.WorkingPattern, "full time", "full_time, part_time")]
    [InlineData(C.LeaveReason, "resigned", "voluntary, involuntary, retirement, end_of_contract, other")]
    public void An_unknown_code_is_rejected_listing_the_codes_allowed(string column, string code, string allowed)
    {
        var leaver = column == C.LeaveReason ? (C.LeaveDate, "2025-01-31") : (C.Grade, "SCP25");

        var problem = ProblemWith((column, code), leaver);

        Assert.Equal((2, column, code), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"{column} {code} is not one of the codes allowed: {allowed}", problem.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("2.5")]
    [InlineData("senior")]
    public void A_level_that_is_not_a_whole_number_from_1_to_6_is_rejected(string level)
    {
        var problem = ProblemWith((C.Level, level));

        Assert.Equal((2, C.Level, level), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"level {level} is not a whole number from 1 (trainee or apprentice) to 6 (head or director)", problem.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("half")]
    [InlineData("Infinity")]
    public void An_fte_that_is_not_a_number_greater_than_0_is_rejected(string fte)
    {
        var problem = ProblemWith((C.Fte, fte));

        Assert.Equal((2, C.Fte, fte), (problem.Row, problem.Column, problem.Value));
        Assert.StartsWith($"fte {fte} is not a number greater than 0", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23.45", 23.45)]
    [InlineData("0.1", 0.1)]
    [InlineData("12", 12.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1234567.891", 1234567.891)]
    [InlineData("99999999999.9999", 99999999999.9999)]
    [InlineData("0.30000000000000004", 0.30000000000000004)]
    [InlineData(" 7.25 ", 7.25)]
    public void Amounts_are_read_to_the_nearest_double(string text, double expected)
    {
        var record = Assert.Single(Records(Parse(File(Row((C.HourlyPay, text), (C.Fte, text))))));

        Assert.Equal(expected, record.HourlyPay);
        Assert.Equal(expected, record.Fte);
    }

    [Fact]
    public void A_blank_fte_means_full_time()
    {
        Assert.Equal(1.0, Assert.Single(Records(Parse(File(Row((C.Fte, "")))))).Fte);
    }

    [Theory]
    [InlineData(C.HourlyPay, "-1")]
    [InlineData(C.HourlyPay, "£12.50")]
    [InlineData(C.BonusPay, "1,000")]
    [InlineData(C.BonusPay, "n/a")]
    public void Pay_that_is_not_an_amount_of_0_or_more_is_rejected(string column, string pay)
    {
        var problem = ProblemWith((column, pay.Contains(',', StringComparison.Ordinal) ? $"\"{pay}\"" : pay));

        Assert.Equal((2, column, pay), (problem.Row, problem.Column, problem.Value));
        Assert.StartsWith($"{column} {pay} is not an amount in pounds of 0 or more", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(C.StartDate)]
    [InlineData(C.LevelStartDate)]
    [InlineData(C.LastPromotionDate)]
    [InlineData(C.LeaveDate)]
    public void A_date_that_is_not_an_ISO_date_is_rejected(string column)
    {
        var problem = ProblemWith((column, "01/04/2022"));

        Assert.Equal((2, column, "01/04/2022"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"{column} 01/04/2022 is not a date written as year-month-day, such as 2025-03-31", problem.Reason);
    }

    [Fact]
    public void A_start_date_after_the_snapshot_is_rejected()
    {
        var problem = ProblemWith((C.StartDate, "2025-04-01"), (C.LevelStartDate, ""), (C.LastPromotionDate, ""));

        Assert.Equal((2, C.StartDate, "2025-04-01"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("start_date 2025-04-01 is after the snapshot date 2025-03-31", problem.Reason);
    }

    [Theory]
    [InlineData(C.StartDate, "2019-02-30", "start_date 2019-02-30 is not a real date: February 2019 has 28 days")]
    [InlineData(C.StartDate, "2020-02-30", "start_date 2020-02-30 is not a real date: February 2020 has 29 days")]
    [InlineData(C.LeaveDate, "2024-11-31", "leave_date 2024-11-31 is not a real date: November 2024 has 30 days")]
    [InlineData(C.LevelStartDate, "2022-13-01", "level_start_date 2022-13-01 is not a real date: there is no month 13")]
    [InlineData(C.LastPromotionDate, "2022-00-10", "last_promotion_date 2022-00-10 is not a real date: there is no month 00")]
    [InlineData(C.StartDate, "2019-05-00", "start_date 2019-05-00 is not a real date: there is no day 00")]
    [InlineData(C.StartDate, " 2019-02-30 ", "start_date 2019-02-30 is not a real date: February 2019 has 28 days")]
    [InlineData(C.SnapshotDate, "2025-02-29", "snapshot_date 2025-02-29 is not a real date: February 2025 has 28 days")]
    public void A_date_written_year_month_day_that_is_not_a_real_day_says_so(string column, string date, string reason)
    {
        var problem = ProblemWith((column, date));

        Assert.Equal((2, column, date, ProblemKind.NotARealDate), (problem.Row, problem.Column, problem.Value, problem.Kind));
        Assert.Equal(reason, problem.Reason);
    }

    [Fact]
    public void Not_a_real_date_is_summarised_without_the_mapping_wizards_advice()
    {
        var one = Assert.Single(Parse(File(Row((C.StartDate, "2019-02-30")))).ProblemGroups);
        var two = Assert.Single(Parse(File(Row((C.StartDate, "2019-02-30")), Row((C.EmployeeRef, "EMP002"), (C.StartDate, "2019-04-31")))).ProblemGroups);

        Assert.Equal("Row 2, start_date: start_date 2019-02-30 is not a real date: February 2019 has 28 days — correct it in the HR system and export the file again", one.Summary);
        Assert.Equal("2 rows have a start_date that is not a real date, such as '2019-02-30' (rows 2, 3) — correct them in the HR system and export the file again", two.Summary);
    }

    [Fact]
    public void Leave_date_after_the_snapshot_is_rejected_with_row_and_column()
    {
        var problem = ProblemWith((C.LeaveDate, "2025-04-02"));

        Assert.Equal((2, C.LeaveDate, "2025-04-02"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("leave_date 2025-04-02 is after the snapshot date 2025-03-31", problem.Reason);
    }

    [Fact]
    public void A_leave_date_a_year_or_more_before_the_snapshot_is_rejected()
    {
        var problem = ProblemWith((C.LeaveDate, "2024-03-31"));

        Assert.Equal((2, C.LeaveDate, "2024-03-31"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal(
            "leave_date 2024-03-31 is not within the 12 months up to the snapshot date 2025-03-31 (from 2024-04-01 to 2025-03-31); leave out people who left before then",
            problem.Reason);
    }

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void Leave_dates_at_either_end_of_the_12_months_are_accepted(string leaveDate)
    {
        var record = Assert.Single(Records(Parse(File(Row((C.LeaveDate, leaveDate), (C.LeaveReason, "voluntary"))))));

        Assert.Equal(DateOnly.Parse(leaveDate, System.Globalization.CultureInfo.InvariantCulture), record.LeaveDate);
        Assert.Equal(LeaveReason.Voluntary, record.LeaveReason);
    }

    [Fact]
    public void A_start_date_after_the_leave_date_is_rejected()
    {
        var problem = ProblemWith((C.StartDate, "2025-02-01"), (C.LevelStartDate, ""), (C.LastPromotionDate, ""), (C.LeaveDate, "2025-01-31"));

        Assert.Equal((2, C.StartDate, "2025-02-01"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("start_date 2025-02-01 is after leave_date 2025-01-31", problem.Reason);
    }

    [Theory]
    [InlineData(C.LevelStartDate)]
    [InlineData(C.LastPromotionDate)]
    public void A_level_or_promotion_date_after_the_snapshot_is_rejected(string column)
    {
        var problem = ProblemWith((column, "2025-06-01"));

        Assert.Equal((2, column, "2025-06-01"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"{column} 2025-06-01 is after the snapshot date 2025-03-31", problem.Reason);
    }

    [Theory]
    [InlineData(C.LevelStartDate)]
    [InlineData(C.LastPromotionDate)]
    public void A_level_or_promotion_date_before_the_start_date_is_rejected(string column)
    {
        var problem = ProblemWith((column, "2019-12-31"));

        Assert.Equal((2, column, "2019-12-31"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal($"{column} 2019-12-31 is before start_date 2020-01-06", problem.Reason);
    }

    [Fact]
    public void A_leave_reason_without_a_leave_date_is_rejected()
    {
        var problem = ProblemWith((C.LeaveReason, "Retirement"));

        Assert.Equal((2, C.LeaveReason, "Retirement"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("leave_reason Retirement is given but leave_date is blank; leave_reason is only for people who left", problem.Reason);
    }

    [Theory]
    [InlineData(C.OrganisationCode, "=E09000030")]
    [InlineData(C.EmployeeRef, "+441234")]
    [InlineData(C.EmployeeRef, "@SUM(A1)")]
    [InlineData(C.Grade, "-2+3")]
    [InlineData(C.Grade, "\tSCP25")]
    [InlineData(C.Gender, "=\"female\"")]
    [InlineData(C.AgeBand, "\t35-44")]
    public void A_text_cell_that_looks_like_a_spreadsheet_formula_is_rejected(string column, string value)
    {
        var quoted = value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

        var problem = ProblemWith((column, quoted));

        Assert.Equal((2, column, value), (problem.Row, problem.Column, problem.Value));
        Assert.Contains("looks like a spreadsheet formula", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(C.EmployeeRef, "EMP\0\01")]
    [InlineData(C.Grade, "SCP\u000725")]
    [InlineData(C.Grade, "SCP\u007F")]
    public void Text_holding_a_control_character_is_rejected(string column, string value)
    {
        var problem = ProblemWith((column, value));

        Assert.Equal((2, column, value), (problem.Row, problem.Column, problem.Value));
        Assert.Equal(ProblemKind.ControlCharacter, problem.Kind);
        Assert.StartsWith($"{column} holds a control character (such as a NUL byte)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_with_several_problems_is_reported_once()
    {
        var problem = ProblemWith((C.Gender, "=HYPERLINK(x)"));

        Assert.Equal(C.Gender, problem.Column);
        Assert.Contains("looks like a spreadsheet formula", problem.Reason, StringComparison.Ordinal);
    }
}
