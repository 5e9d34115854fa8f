using System.Text;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Core.Tests.Extracts;

public sealed class MappingTests
{
    private static readonly MappingProfile Hr = new()
    {
        Name = "hr",
        DateFormat = "dd/MM/yyyy",
        Columns = new Dictionary<string, ColumnSource>
        {
            [ExtractColumns.EmployeeRef] = ColumnSource.FromHeader("Person Number"),
            [ExtractColumns.JobFamily] = ColumnSource.FromHeader("Job Family"),
            [ExtractColumns.Grade] = ColumnSource.FromHeader("Grade"),
            [ExtractColumns.StartDate] = ColumnSource.FromHeader("Continuous Service Date"),
            [ExtractColumns.LeaveDate] = ColumnSource.FromHeader("Leaving Date"),
            [ExtractColumns.Gender] = ColumnSource.FromHeader("Sex"),
            [ExtractColumns.Ethnicity] = ColumnSource.FromHeader("Ethnic Origin"),
        },
        DateOfBirth = "Date of Birth",
        GradeLevels = [new("SO2", 3), new("PO3", 4)],
    };

    private const string Header = "Person Number,Job Family,Grade,Continuous Service Date,Leaving Date,Sex,Ethnic Origin,Date of Birth,Notes";

    private static ParsedExtract Parse(string csv, MappingProfile? profile = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return ExtractParser.Parse(stream, new ExtractReadOptions
        {
            Today = TestDates.Today,
            Profile = profile ?? Hr,
            ExpectedOrganisationCode = "E09000030",
            SnapshotDate = new DateOnly(2025, 3, 31),
        });
    }

    [Fact]
    public void A_profile_renames_columns_translates_codes_and_dates_and_takes_the_organisation_and_snapshot_from_the_upload()
    {
        var record = Assert.Single(ExtractCsv.Records(Parse($"{Header}\nP1,ICT,SO2,06/01/2020,,F,\"White: Irish\",14/07/1990,anything\n")));

        Assert.Equal("E09000030", record.OrganisationCode);
        Assert.Equal(new DateOnly(2025, 3, 31), record.SnapshotDate);
        Assert.Equal((JobFamily.It, 3, "SO2", Gender.Female, Ethnicity.White), (record.JobFamily, record.Level, record.Grade, record.Gender, record.Ethnicity));
        Assert.Equal(new DateOnly(2020, 1, 6), record.StartDate);
    }

    [Fact]
    public void A_date_of_birth_becomes_the_age_band_at_the_snapshot_date_for_leavers_too_and_goes_no_further()
    {
        var records = ExtractCsv.Records(Parse($"{Header}\nP1,ICT,SO2,06/01/2020,,M,,31/03/1990,\nP2,ICT,SO2,06/01/2020,30/06/2024,M,,01/04/1990,\n"));

        // P1 is 35 on 31 March 2025; P2, a leaver, turns 35 a day after it.
        Assert.Equal([AgeBand.From35To44, AgeBand.From25To34], records.Select(r => r.AgeBand!.Value));
        var parsed = Parse($"{Header}\nP1,ICT,SO2,06/01/2020,,M,,31/03/1990,\n");
        Assert.DoesNotContain("Date of Birth", parsed.IgnoredColumns);
        Assert.Contains("Notes", parsed.IgnoredColumns);
    }

    [Fact]
    public void Every_one_of_the_censuss_19_detailed_ethnic_groups_maps_to_its_high_level_group()
    {
        var groups = BuiltInProfiles.Common.Codes[ExtractColumns.Ethnicity].Where(m => m.To != "undisclosed").ToList();

        Assert.Equal(19, groups.Count);
        Assert.Equal([("asian", 5), ("black", 3), ("mixed", 4), ("other", 2), ("white", 5)],
            groups.GroupBy(m => m.To).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
    }

    [Fact]
    public void Codes_are_matched_without_regard_to_case_spaces_or_punctuation()
    {
        Assert.Equal(MappingText.Normalise("White - Irish"), MappingText.Normalise("WHITE:irish "));
        var record = Assert.Single(ExtractCsv.Records(Parse($"{Header}\nP1,ict,so2,06/01/2020,,woman,\"asian / indian\",,\n")));
        Assert.Equal((Gender.Female, Ethnicity.Asian, 3), (record.Gender, record.Ethnicity, record.Level));
    }

    [Fact]
    public void A_grade_with_no_level_is_reported_in_the_profiles_words_not_as_a_blank_level()
    {
        var problem = ExtractCsv.SingleProblem(Parse($"{Header}\nP1,ICT,Band Z,06/01/2020,,F,,,\n"));

        Assert.Equal((2, "level", "Band Z", ProblemKind.UnknownGrade), (problem.Row, problem.Column, problem.Value, problem.Kind));
        Assert.Equal("grade Band Z has no level in the mapping profile 'hr'", problem.Reason);
    }

    [Fact]
    public void A_blank_grade_when_the_level_comes_from_the_grade_is_one_problem()
    {
        var problem = ExtractCsv.SingleProblem(Parse($"{Header}\nP1,ICT,,06/01/2020,,F,,,\n"));

        Assert.Equal("grade is blank, and the mapping profile 'hr' takes the level from the grade; every row needs one", problem.Reason);
    }

    [Fact]
    public void A_date_not_in_the_profiles_format_names_the_format_it_expected()
    {
        var problem = ExtractCsv.SingleProblem(Parse($"{Header}\nP1,ICT,SO2,2020/01/06,,F,,,\n"));

        Assert.Equal(ProblemKind.BadDate, problem.Kind);
        Assert.Equal("start_date 2020/01/06 is not a date written as dd/MM/yyyy, such as 31/03/2025, as the mapping profile 'hr' expects", problem.Reason);
    }

    [Fact]
    public void Dates_written_as_the_standard_writes_them_are_read_whatever_the_profiles_format()
    {
        var record = Assert.Single(ExtractCsv.Records(Parse($"{Header}\nP1,ICT,SO2,2020-01-06,,F,,,\n")));

        Assert.Equal(new DateOnly(2020, 1, 6), record.StartDate);
    }

    [Fact]
    public void A_date_of_birth_that_makes_someone_too_young_to_work_is_a_problem()
    {
        var problem = ExtractCsv.SingleProblem(Parse($"{Header}\nP1,ICT,SO2,06/01/2020,,F,,01/01/2015,\n"));

        Assert.Equal("date_of_birth 01/01/2015 makes the person 10 on the snapshot date, which cannot be right for someone employed; check it", problem.Reason);
    }

    [Fact]
    public void A_required_column_the_profile_names_but_the_file_lacks_is_reported_once_in_the_profiles_words()
    {
        var parsed = Parse("Person Number,Job Family,Grade,Continuous Service Date\nP1,ICT,SO2,06/01/2020\n");

        var problem = Assert.Single(parsed.Problems, p => p.Column == ExtractColumns.Gender);
        Assert.Equal((1, ProblemKind.MissingColumn), (problem.Row, problem.Kind));
        Assert.Equal("the header has no column 'Sex', which the mapping profile 'hr' reads gender from", problem.Reason);
    }

    [Fact]
    public void A_profile_with_grades_but_no_levels_for_them_says_to_give_each_grade_a_level()
    {
        var problem = Assert.Single(Parse($"{Header}\nP1,ICT,SO2,06/01/2020,,F,,,\n", Hr with { GradeLevels = [] }).Problems);

        Assert.Equal("the mapping profile 'hr' reads no level column and gives none of the grades a level; give each grade a level in the mapping wizard", problem.Reason);
    }

    [Fact]
    public void A_column_given_one_value_fills_every_row()
    {
        var profile = Hr with
        {
            Columns = new Dictionary<string, ColumnSource>(Hr.Columns) { [ExtractColumns.JobFamily] = ColumnSource.Fixed("digital") },
        };

        var record = Assert.Single(ExtractCsv.Records(Parse($"{Header}\nP1,Finance,SO2,06/01/2020,,F,,,\n", profile)));

        Assert.Equal(JobFamily.Digital, record.JobFamily);
    }

    [Theory]
    [InlineData("itrent")]
    [InlineData("oracle-hcm")]
    [InlineData("successfactors")]
    [InlineData("resourcelink")]
    [InlineData("unit4")]
    public void Each_built_in_profile_is_valid_and_reads_back_as_it_was_written(string name)
    {
        var profile = BuiltInProfiles.Find(name)!;

        var again = MappingProfileJson.Read(MappingProfileJson.Write(profile));

        Assert.Equal(MappingProfileJson.Write(profile), MappingProfileJson.Write(again));
        Assert.Contains(ExtractColumns.EmployeeRef, profile.Columns.Keys);
        Assert.NotNull(profile.DateOfBirth);
    }

    [Fact]
    public void A_profile_that_breaks_the_rules_is_refused_with_every_rule_it_breaks()
    {
        var error = Assert.Throws<MappingProfileException>(() => MappingProfileJson.Read("""
            { "name": "Bad Name", "date_format": "qq", "columns": { "sex": "Sex", "employee_ref": { "value": "x" } },
              "codes": { "gender": { "W": "woman" } }, "grade_levels": { "SO2": 9 } }
            """));

        Assert.Equal(
        [
            "name must be 1 to 40 lower-case letters, digits and hyphens, such as itrent or it-team",
            "date_format qq is not a date format such as dd/MM/yyyy",
            "columns.sex is not a column of the standard",
            "columns.employee_ref cannot be one value for every row",
            "codes.gender.W is woman, which is not one of female, male, other, undisclosed",
            "grade_levels.SO2 is 9, not a level from 1 to 6",
            "grade_levels needs columns.grade, the column the grades are read from",
        ], error.Problems);
    }

    [Fact]
    public void Problems_of_one_sort_are_counted_together_with_what_to_do()
    {
        var rows = Enumerable.Range(0, 34).Select(i => ExtractCsv.Row((ExtractColumns.EmployeeRef, $"E{i}"), (ExtractColumns.Gender, i % 2 == 0 ? "X" : "x ")));

        var parsed = ExtractCsv.Parse(ExtractCsv.File([.. rows]), new ExtractReadOptions { Today = TestDates.Today, MaxProblems = 5 });

        var group = Assert.Single(parsed.ProblemGroups);
        Assert.Equal(34, group.Count);
        Assert.Equal(5, parsed.Problems.Count);
        Assert.Equal("34 rows have a gender code we don't know: 'X' (rows 2, 3, 4, 5, 6, 7, 8, 9, …) — map it to one of ours in the mapping wizard", group.Summary);
    }

    [Fact]
    public void The_problem_report_escapes_every_cell_a_spreadsheet_would_run_as_a_formula()
    {
        using var csv = new StringWriter();

        ProblemReportCsv.Write(csv, [new ValidationProblem(2, "grade", "=SUM(A1)", "grade starts with '='"), new ValidationProblem(3, "gender", "-1", "gender -1, \"x\"")], totalCount: 5);

        Assert.Equal("row,column,value,problem\n2,grade,'=SUM(A1),grade starts with '='\n3,gender,'-1,\"gender -1, \"\"x\"\"\"\n… and 3 more problems not listed,,,\n", csv.ToString());
    }

    [Fact]
    public void The_suggester_matches_an_unknown_layout_by_names_and_values_and_finds_its_date_format()
    {
        var csv = "Staff ID,Sex,Team,Grade,Date started,Born\nS1,Woman,ICT,G4,06/01/2020,14/07/1990\nS2,Man,Digital Services,G5,13/11/2019,01/02/1985\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var survey = TableSurvey.Read(stream, new ExtractReadOptions { Today = TestDates.Today }, []);

        var suggested = MappingSuggester.Suggest(survey, "mine");

        Assert.Equal("Sex", suggested.Columns[ExtractColumns.Gender].Header);
        Assert.Equal("Team", suggested.Columns[ExtractColumns.JobFamily].Header);
        Assert.Equal("Grade", suggested.Columns[ExtractColumns.Grade].Header);
        Assert.Equal("dd/MM/yyyy", suggested.DateFormat);
        Assert.Equal("Born", suggested.DateOfBirth ?? "Born");
        Assert.Equal("female", MappingSuggester.NearestCode(ExtractColumns.Gender, "Femal"));
        Assert.Null(MappingSuggester.NearestCode(ExtractColumns.Gender, "Zebra"));
        Assert.Equal(["G4", "G5"], MappingSuggester.GradesWithoutLevel(survey, suggested).Select(v => v.Value));
    }

    [Fact]
    public void A_file_of_iso_dates_read_from_a_profile_of_day_first_dates_is_suggested_iso_as_its_examples_show()
    {
        // The starting profile (a built-in HR system's) writes dd/MM/yyyy; this export writes 2020-01-06.
        var csv = "Staff ID,Sex,Team,Grade,Date started\nS1,Woman,ICT,G4,2020-01-06\nS2,Man,Digital Services,G5,2019-11-13\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var survey = TableSurvey.Read(stream, new ExtractReadOptions { Today = TestDates.Today }, []);
        var start = new MappingProfile { Name = "hr-system", DateFormat = "dd/MM/yyyy", Columns = new Dictionary<string, ColumnSource>() };

        var suggested = MappingSuggester.Suggest(survey, "mine", start);

        Assert.Null(suggested.DateFormat); // null is the standard's yyyy-MM-dd
    }
}
