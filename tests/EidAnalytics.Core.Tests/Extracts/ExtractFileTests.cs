using System.Text;
using EidAnalytics.Core.Extracts;
using static EidAnalytics.Core.Tests.Extracts.ExtractCsv;
using C = EidAnalytics.Core.Extracts.ExtractColumns;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>Reading a CSV file as a whole: encoding, quoting, header, limits, and reporting everything at once.</summary>
public sealed class ExtractFileTests
{
    [Fact]
    public void A_valid_file_with_every_column_is_read_into_records()
    {
        var result = Parse(File(
            Row(),
            Row((C.EmployeeRef, "EMP002"), (C.JobFamily, "other"), (C.Level, "6"), (C.Grade, "CO1"), (C.Fte, "0.6"),
                (C.StartDate, "2010-09-01"), (C.LevelStartDate, "2015-01-01"), (C.LastPromotionDate, ""), (C.LeaveDate, "2025-01-31"),
                (C.LeaveReason, "end_of_contract"), (C.Gender, "other"), (C.Ethnicity, "mixed"), (C.Disability, "yes"),
                (C.AgeBand, "65+"), (C.WorkingPattern, "part_time"), (C.HourlyPay, "40"), (C.BonusPay, ""))));

        var records = Records(result);
        Assert.Equal(2, records.Count);
        Assert.Equal(new EmployeeRecord
        {
            OrganisationCode = "E09000030",
            SnapshotDate = new DateOnly(2025, 3, 31),
            EmployeeRef = "EMP001",
            JobFamily = JobFamily.It,
            Level = 3,
            Grade = "SCP25",
            Fte = 1.0,
            StartDate = new DateOnly(2020, 1, 6),
            LevelStartDate = new DateOnly(2022, 4, 1),
            LastPromotionDate = new DateOnly(2022, 4, 1),
            LeaveDate = null,
            LeaveReason = null,
            Gender = Gender.Female,
            Ethnicity = Ethnicity.White,
            Disability = Disability.No,
            AgeBand = AgeBand.From35To44,
            WorkingPattern = WorkingPattern.FullTime,
            HourlyPay = 23.45,
            BonusPay = 0,
        }, records[0]);
        Assert.Equal(new EmployeeRecord
        {
            OrganisationCode = "E09000030",
            SnapshotDate = new DateOnly(2025, 3, 31),
            EmployeeRef = "EMP002",
            JobFamily = JobFamily.Other,
            Level = 6,
            Grade = "CO1",
            Fte = 0.6,
            StartDate = new DateOnly(2010, 9, 1),
            LevelStartDate = new DateOnly(2015, 1, 1),
            LastPromotionDate = null,
            LeaveDate = new DateOnly(2025, 1, 31),
            LeaveReason = LeaveReason.EndOfContract,
            Gender = Gender.Other,
            Ethnicity = Ethnicity.Mixed,
            Disability = Disability.Yes,
            AgeBand = AgeBand.From65,
            WorkingPattern = WorkingPattern.PartTime,
            HourlyPay = 40,
            BonusPay = null,
        }, records[1]);
        Assert.Equal(C.All.ToHashSet(), result.Columns);
        Assert.Empty(result.IgnoredColumns);
    }

    [Fact]
    public void A_csv_header_with_more_columns_than_the_limit_is_refused_before_any_row_is_read()
    {
        var header = string.Join(',', C.All.Concat(Enumerable.Range(0, 20).Select(i => $"extra{i}")));

        var result = Parse($"{header}\n{Row()}\n", new ExtractReadOptions { Today = TestDates.Today, MaxColumns = 25 });

        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, ProblemKind.TooManyColumns), (problem.Row, problem.Kind));
        Assert.Equal("the header has 39 columns, more than the 25 accepted; this does not look like an extract of the standard", problem.Reason);
    }

    [Fact]
    public void The_example_in_the_standard_is_accepted()
    {
        // docs/extract-standard.md, "Example".
        const string Example = """
            organisation_code,snapshot_date,employee_ref,job_family,level,grade,fte,start_date,level_start_date,last_promotion_date,leave_date,leave_reason,gender,ethnicity,disability,age_band,working_pattern,hourly_pay,bonus_pay
            E09000030,2025-03-31,EMP001,it,3,SCP25,1,2020-01-06,2022-04-01,2022-04-01,,,female,white,no,35-44,full_time,23.45,0
            E09000030,2025-03-31,EMP002,digital,4,SCP32,0.6,2016-09-12,2019-04-01,,2025-01-31,voluntary,male,asian,,45-54,part_time,29.10,
            E09000030,2025-03-31,EMP003,other,2,"Band 5, spine 3",1,2024-05-20,2024-05-20,,,,undisclosed,,undisclosed,25-34,full_time,,

            """;

        var records = Records(Parse(Example));

        Assert.Equal(3, records.Count);
        Assert.Equal(Disability.Undisclosed, records[1].Disability);
        Assert.Equal("Band 5, spine 3", records[2].Grade);
        Assert.Null(records[2].HourlyPay);
    }

    [Fact]
    public void Header_names_and_codes_are_matched_without_regard_to_case_or_surrounding_spaces()
    {
        var header = string.Join(',', C.All.Select(c => $" {c.ToUpperInvariant()} "));
        var row = Row((C.JobFamily, "Digital"), (C.Gender, " MALE "), (C.Ethnicity, "Asian"), (C.Disability, "No"),
            (C.WorkingPattern, "Part_Time"), (C.StartDate, " 2020-01-06 "), (C.Level, " 2 "));

        var record = Assert.Single(Records(Parse($"{header}\n{row}\n")));

        Assert.Equal(JobFamily.Digital, record.JobFamily);
        Assert.Equal(Gender.Male, record.Gender);
        Assert.Equal(Ethnicity.Asian, record.Ethnicity);
        Assert.Equal(Disability.No, record.Disability);
        Assert.Equal(WorkingPattern.PartTime, record.WorkingPattern);
        Assert.Equal(new DateOnly(2020, 1, 6), record.StartDate);
        Assert.Equal(2, record.Level);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_and_Windows_line_endings_are_allowed()
    {
        var csv = Encoding.UTF8.GetBytes(File(Row(), Row((C.EmployeeRef, "EMP002"))).Replace("\n", "\r\n", StringComparison.Ordinal));

        var records = Records(Parse([.. Encoding.UTF8.GetPreamble(), .. csv]));

        Assert.Equal(["EMP001", "EMP002"], records.Select(r => r.EmployeeRef));
        Assert.Contains(C.OrganisationCode, Parse([.. Encoding.UTF8.GetPreamble(), .. csv]).Columns);
    }

    [Fact]
    public void Quoted_values_may_hold_commas_and_quote_marks()
    {
        var record = Assert.Single(Records(Parse(File(Row((C.Grade, "\"Band 5, \"\"spine\"\" 3\""))))));

        Assert.Equal("Band 5, \"spine\" 3", record.Grade);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_row_and_no_record_is_returned()
    {
        var result = Parse(File(
            Row(),
            Row((C.EmployeeRef, "EMP002"), (C.Gender, "f")),
            Row((C.EmployeeRef, "EMP003")),
            Row((C.EmployeeRef, "EMP004"), (C.Level, "9")),
            Row((C.EmployeeRef, "EMP005"), (C.LeaveDate, "2025-04-02"))));

        Assert.Empty(result.Records);
        Assert.Equal(3, result.ProblemCount);
        Assert.Collection(result.Problems,
            p => Assert.Equal((3, C.Gender, "f"), (p.Row, p.Column, p.Value)),
            p => Assert.Equal((5, C.Level, "9"), (p.Row, p.Column, p.Value)),
            p => Assert.Equal((6, C.LeaveDate, "2025-04-02"), (p.Row, p.Column, p.Value)));
    }

    [Fact]
    public void Each_missing_required_column_is_reported_on_the_header_row()
    {
        var kept = C.All.Where(c => c is not (C.EmployeeRef or C.Gender)).ToList();
        var csv = string.Join(',', kept) + "\n" + string.Join(',', kept.Select(_ => "x")) + "\n";

        var result = Parse(csv);

        var missing = result.Problems.Where(p => p.Reason.Contains("which the standard requires", StringComparison.Ordinal)).ToList();
        Assert.Equal([C.EmployeeRef, C.Gender], missing.Select(p => p.Column));
        Assert.All(missing, p => Assert.Equal(1, p.Row));
        Assert.Equal("the header has no employee_ref column, which the standard requires", missing[0].Reason);
    }

    [Fact]
    public void A_standard_column_named_twice_is_rejected()
    {
        var csv = $"{Header},Gender\n{Row()},female\n";

        var problem = SingleProblem(Parse(csv));

        Assert.Equal((1, C.Gender, "Gender"), (problem.Row, problem.Column, problem.Value));
        Assert.Contains("appears more than once in the header (columns 13 and 20)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_outside_the_standard_are_ignored_and_listed()
    {
        var result = Parse($"Notes,{Header},Cost centre\nanything,{Row()},=A1\n");

        Assert.Single(Records(result));
        Assert.Equal(["Notes", "Cost centre"], result.IgnoredColumns);
        Assert.DoesNotContain("Notes", result.Columns);
    }

    [Fact]
    public void The_columns_carried_are_recorded_and_optional_columns_left_out_are_null()
    {
        var columns = C.Required;
        var values = new Dictionary<string, string>
        {
            [C.OrganisationCode] = "E09000030", [C.SnapshotDate] = "2025-03-31", [C.EmployeeRef] = "A1", [C.JobFamily] = "data",
            [C.Level] = "1", [C.StartDate] = "2024-09-01", [C.Gender] = "undisclosed",
        };
        var csv = string.Join(',', columns) + "\n" + string.Join(',', columns.Select(c => values[c])) + "\n";

        var result = Parse(csv);

        var record = Assert.Single(Records(result));
        Assert.Equal(columns.ToHashSet(), result.Columns);
        Assert.Null(record.Grade);
        Assert.Equal(1.0, record.Fte);
        Assert.Null(record.Ethnicity);
        Assert.Null(record.Disability);
        Assert.Null(record.AgeBand);
        Assert.Null(record.HourlyPay);
    }

    [Fact]
    public void Blank_ethnicity_and_disability_mean_undisclosed_and_other_blank_optional_cells_are_null()
    {
        var record = Assert.Single(Records(Parse(File(Row(
            (C.Ethnicity, ""), (C.Disability, " "), (C.Grade, ""), (C.Fte, ""), (C.LevelStartDate, ""), (C.LastPromotionDate, ""),
            (C.AgeBand, ""), (C.WorkingPattern, ""), (C.HourlyPay, ""), (C.BonusPay, ""))))));

        Assert.Equal(Ethnicity.Undisclosed, record.Ethnicity);
        Assert.Equal(Disability.Undisclosed, record.Disability);
        Assert.Null(record.Grade);
        Assert.Equal(1.0, record.Fte);
        Assert.Null(record.LevelStartDate);
        Assert.Null(record.LastPromotionDate);
        Assert.Null(record.AgeBand);
        Assert.Null(record.WorkingPattern);
        Assert.Null(record.HourlyPay);
        Assert.Null(record.BonusPay);
    }

    [Fact]
    public void An_empty_file_is_rejected_as_having_no_data_rows()
    {
        var problem = SingleProblem(Parse(""));

        Assert.Equal((0, ""), (problem.Row, problem.Column));
        Assert.Equal("the file has no data rows: it is empty", problem.Reason);
    }

    [Fact]
    public void A_file_with_only_a_header_is_rejected_as_having_no_data_rows()
    {
        var problem = SingleProblem(Parse(File()));

        Assert.Equal(0, problem.Row);
        Assert.StartsWith("the file has no data rows", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_empty_cells_are_skipped_but_still_count_as_lines()
    {
        var empty = new string(',', C.All.Count - 1);

        var result = Parse(File(Row(), empty, Row((C.EmployeeRef, "EMP001"))));

        var problem = SingleProblem(result);
        Assert.Equal((4, C.EmployeeRef), (problem.Row, problem.Column));
        Assert.Equal("rows 2 and 4 have the same employee_ref; give each person one row", problem.Reason);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_rejected()
    {
        var problem = SingleProblem(Parse(File(Row(), Row((C.Grade, "Band 5, spine 3"), (C.EmployeeRef, "EMP002")))));

        Assert.Equal((3, ""), (problem.Row, problem.Column));
        Assert.Equal("the row has 20 values but the header has 19 columns; a value with a comma in it must be in quotes", problem.Reason);
    }

    [Fact]
    public void A_row_with_an_unclosed_quote_is_rejected_and_the_rows_after_it_are_still_checked()
    {
        var result = Parse(File(
            Row((C.Grade, "\"SCP25")),
            Row((C.EmployeeRef, "EMP002"), (C.Level, "0"))));

        Assert.Empty(result.Records);
        Assert.Collection(result.Problems,
            p =>
            {
                Assert.Equal((2, ""), (p.Row, p.Column));
                Assert.Contains("quote mark (\") that is not closed on the same line", p.Reason, StringComparison.Ordinal);
            },
            p => Assert.Equal((3, C.Level), (p.Row, p.Column)));
    }

    [Fact]
    public void A_row_with_a_stray_quote_is_rejected()
    {
        var problem = SingleProblem(Parse(File(Row((C.Grade, "SCP\"25")))));

        Assert.Equal(2, problem.Row);
        Assert.Contains("quote mark (\") inside a value that does not start with one", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_rejected_with_its_row_and_column()
    {
        var csv = Encoding.UTF8.GetBytes(File(Row((C.Grade, "PAY1"))));
        var at = Array.IndexOf(csv, (byte)'1', Encoding.UTF8.GetByteCount(Header + "\n" + "E09000030,2025-03-31,EMP001,it,3,PAY"));
        csv[at] = 0xA3; // "£" in Windows-1252

        var problem = SingleProblem(Parse(csv));

        Assert.Equal((2, C.Grade, "PAY\uFFFD"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("grade is not valid UTF-8 text — save the file as 'CSV UTF-8'", problem.Reason);
    }

    [Fact]
    public void Text_that_is_not_UTF8_in_an_ignored_column_is_rejected_too()
    {
        var csv = Encoding.UTF8.GetBytes($"{Header},Notes\n{Row()},caf?\n");
        csv[^2] = 0xE9; // "é" in Windows-1252

        var problem = SingleProblem(Parse(csv));

        Assert.Equal((2, "Notes"), (problem.Row, problem.Column));
        Assert.Contains("is not valid UTF-8 text", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_byte_limit_is_rejected_with_the_limit_in_MB()
    {
        var rows = Enumerable.Range(1, 12_000).Select(i => Row((C.EmployeeRef, $"EMP{i:D6}"))).ToArray();
        var csv = File(rows);
        Assert.True(Encoding.UTF8.GetByteCount(csv) > 1024 * 1024);

        var result = Parse(csv, new ExtractReadOptions { Today = TestDates.Today, MaxBytes = 1024 * 1024 });

        Assert.Empty(result.Records);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(0, problem.Row);
        Assert.StartsWith("the file is larger than the limit of 1 MB", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_rejected_even_before_its_header_is_read()
    {
        var problem = SingleProblem(Parse(File(Row()), new ExtractReadOptions { Today = TestDates.Today, MaxBytes = 100 }));

        Assert.Equal(0, problem.Row);
        Assert.StartsWith("the file is larger than the limit of 100 bytes", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_too_long_to_be_a_row_stops_the_reading_after_the_problems_before_it()
    {
        // CsvHelper lets a row grow its buffer to about twice the 1 MB limit before it gives up.
        var result = Parse(File(Row((C.Level, "0")), new string('x', 3_000_000), Row((C.EmployeeRef, "EMP002"))));

        Assert.Empty(result.Records);
        Assert.Collection(result.Problems,
            p => Assert.Equal((2, C.Level), (p.Row, p.Column)),
            p =>
            {
                Assert.Equal(3, p.Row);
                Assert.StartsWith("the file cannot be read from this row on: a row is longer than 1 MB", p.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_file_within_the_byte_limit_is_read()
    {
        var csv = File(Row());

        Assert.Single(Records(Parse(csv, new ExtractReadOptions { Today = TestDates.Today, MaxBytes = Encoding.UTF8.GetByteCount(csv) })));
    }

    [Fact]
    public void A_file_with_more_rows_than_the_row_limit_is_rejected()
    {
        var rows = Enumerable.Range(1, 4).Select(i => Row((C.EmployeeRef, $"EMP{i}"))).ToArray();

        var problem = SingleProblem(Parse(File(rows), new ExtractReadOptions { Today = TestDates.Today, MaxRows = 3 }));

        Assert.Equal(0, problem.Row);
        Assert.Equal("the file has more than 3 data rows, the most accepted; split it into smaller files", problem.Reason);
        Assert.Equal(3, Records(Parse(File(rows[..3]), new ExtractReadOptions { Today = TestDates.Today, MaxRows = 3 })).Count);
    }

    [Fact]
    public void Only_the_first_problems_up_to_the_limit_are_kept_but_all_are_counted()
    {
        var rows = Enumerable.Range(1, 5).Select(i => Row((C.EmployeeRef, $"EMP{i}"), (C.Gender, "x"))).ToArray();

        var result = Parse(File(rows), new ExtractReadOptions { Today = TestDates.Today, MaxProblems = 2 });

        Assert.Equal(5, result.ProblemCount);
        Assert.Equal([2, 3], result.Problems.Select(p => p.Row));
    }

    [Fact]
    public void Rows_of_another_organisation_are_rejected_when_the_upload_is_for_one()
    {
        var options = new ExtractReadOptions { Today = TestDates.Today, ExpectedOrganisationCode = "E09000030" };

        var result = Parse(File(Row(), Row((C.EmployeeRef, "EMP002"), (C.OrganisationCode, "E09000031"))), options);

        var problem = SingleProblem(result);
        Assert.Equal((3, C.OrganisationCode, "E09000031"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("organisation_code E09000031 is not the code of the organisation this file is uploaded for, E09000030", problem.Reason);
    }

    [Fact]
    public void A_file_none_of_whose_rows_is_for_the_organisation_is_one_problem_naming_whose_it_is()
    {
        var options = new ExtractReadOptions { Today = TestDates.Today, ExpectedOrganisationCode = "E09000030" };
        var rows = Enumerable.Range(1, 63).Select(i => Row((C.EmployeeRef, $"EMP{i:D3}"), (C.OrganisationCode, "E09000031"))).ToArray();

        var result = Parse(File(rows), options);

        var problem = SingleProblem(result);
        Assert.Equal((0, C.OrganisationCode, "E09000031", ProblemKind.OtherOrganisation), (problem.Row, problem.Column, problem.Value, problem.Kind));
        Assert.Equal("the file is for E09000031 (its organisation_code), not for E09000030, the organisation it was uploaded for; "
            + "upload it for that organisation, or check you chose the right file", problem.Reason);
        var group = Assert.Single(result.ProblemGroups);
        Assert.Equal((1, problem.Reason), (group.Count, group.Summary));
    }

    [Fact]
    public void A_file_for_another_organisation_names_both_organisations_when_their_names_are_known()
    {
        var options = new ExtractReadOptions
        {
            Today = TestDates.Today,
            ExpectedOrganisationCode = "E09000030",
            OrganisationNames = new Dictionary<string, string> { ["E09000030"] = "Tower Hamlets", ["E09000031"] = "Waltham Forest" },
        };

        var problem = SingleProblem(Parse(File(Row((C.OrganisationCode, "E09000031")), Row((C.EmployeeRef, "EMP002"), (C.OrganisationCode, "E09000031"))), options));

        Assert.Equal("the file is for Waltham Forest (E09000031, its organisation_code), not for Tower Hamlets (E09000030), the organisation it was uploaded for; "
            + "upload it for Waltham Forest, or check you chose the right file", problem.Reason);
    }

    [Fact]
    public void A_file_of_several_other_organisations_lists_their_codes_once()
    {
        var options = new ExtractReadOptions { Today = TestDates.Today, ExpectedOrganisationCode = "E09000030" };

        var problem = SingleProblem(Parse(File(Row((C.OrganisationCode, "E09000032")), Row((C.EmployeeRef, "EMP002"), (C.OrganisationCode, "E09000031"))), options));

        Assert.Equal((0, ""), (problem.Row, problem.Value));
        Assert.Equal("the file is for other organisations (its organisation_code column holds E09000031 and E09000032), not for E09000030, "
            + "the organisation it was uploaded for; upload each organisation's rows for it, or check you chose the right file", problem.Reason);
    }

    [Fact]
    public void Other_problems_of_a_file_for_another_organisation_follow_the_one_that_says_whose_it_is()
    {
        var options = new ExtractReadOptions { Today = TestDates.Today, ExpectedOrganisationCode = "E09000030" };

        var result = Parse(File(Row((C.OrganisationCode, "E09000031"), (C.Gender, "x")), Row((C.EmployeeRef, "EMP002"), (C.OrganisationCode, "E09000031"))), options);

        Assert.Equal(2, result.ProblemCount);
        Assert.Equal([(0, ProblemKind.OtherOrganisation), (2, ProblemKind.UnknownCode)], result.Problems.Select(p => (p.Row, p.Kind)));
    }

    [Fact]
    public void Only_the_rows_of_another_organisation_are_reported_in_row_order_when_some_rows_are_for_the_organisation()
    {
        var options = new ExtractReadOptions { Today = TestDates.Today, ExpectedOrganisationCode = "E09000030" };

        var result = Parse(File(
            Row((C.OrganisationCode, "E09000031")),
            Row((C.EmployeeRef, "EMP002"), (C.Gender, "x")),
            Row((C.EmployeeRef, "EMP003"), (C.OrganisationCode, "E09000031"))), options);

        Assert.Equal(3, result.ProblemCount);
        Assert.Equal([(2, ProblemKind.OtherOrganisation), (3, ProblemKind.UnknownCode), (4, ProblemKind.OtherOrganisation)], result.Problems.Select(p => (p.Row, p.Kind)));
        var rows = result.ProblemGroups.Single(g => g.Kind == ProblemKind.OtherOrganisation);
        Assert.Equal(2, rows.Count);
        Assert.Equal([2, 4], rows.Rows);
    }

    [Fact]
    public void Rows_from_another_reader_are_validated_the_same_way()
    {
        // As the XLSX reader and mapping profiles will: cells given as text, one row instance refilled.
        IEnumerable<ExtractRow> Rows()
        {
            var row = new ExtractRow();
            foreach (var (number, line) in new[] { (2, Row()), (3, Row((C.EmployeeRef, "EMP002"), (C.LeaveDate, "2026-01-01"))) })
            {
                row.Start(number);
                foreach (var cell in line.Split(','))
                {
                    row.Add(cell);
                }

                yield return row;
            }
        }

        var problem = SingleProblem(ExtractValidator.Validate(C.All, Rows(), new ExtractReadOptions { Today = TestDates.Today }));

        Assert.Equal((3, C.LeaveDate), (problem.Row, problem.Column));
    }
}
