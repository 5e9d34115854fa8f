using System.Net;
using System.Net.Sockets;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Core.Tests.Extracts;

public sealed class XlsxTests
{
    private static readonly string[] Required =
        [ExtractColumns.OrganisationCode, ExtractColumns.SnapshotDate, ExtractColumns.EmployeeRef, ExtractColumns.JobFamily,
         ExtractColumns.Level, ExtractColumns.StartDate, ExtractColumns.Gender];

    private static IReadOnlyList<XlsxCell> Person(string reference, object start, string gender = "female", object? snapshot = null) =>
    [
        XlsxCell.Of("E09000030"), Cell(snapshot ?? new DateOnly(2025, 3, 31)), XlsxCell.Of(reference), XlsxCell.Of("it"),
        XlsxCell.Of(3), Cell(start), XlsxCell.Of(gender),
    ];

    private static XlsxCell Cell(object value) => value switch
    {
        DateOnly date => XlsxCell.Of(date),
        string text => XlsxCell.Of(text),
        _ => XlsxCell.Of(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    [Fact]
    public void A_sheet_with_dates_stored_as_dates_reads_like_the_same_csv()
    {
        var xlsx = Xlsx.Workbook(Required, [Person("EMP001", new DateOnly(2020, 1, 6)), Person("EMP002", new DateOnly(2024, 2, 29), "male")]);
        var csv = ExtractCsv.Parse(string.Join('\n',
            string.Join(',', Required),
            "E09000030,2025-03-31,EMP001,it,3,2020-01-06,female",
            "E09000030,2025-03-31,EMP002,it,3,2024-02-29,male"));

        var records = ExtractCsv.Records(Xlsx.Parse(xlsx));

        Assert.Equal(ExtractCsv.Records(csv), records);
        Assert.Equal(new DateOnly(2024, 2, 29), records[1].StartDate);
    }

    [Fact]
    public void Dates_stored_as_text_are_read_as_text_and_a_profile_date_format_translates_them()
    {
        var xlsx = Xlsx.Workbook(Required, [Person("EMP001", "06/01/2020", snapshot: "31/03/2025")]);
        var profile = new MappingProfile
        {
            Name = "uk-dates",
            DateFormat = "dd/MM/yyyy",
            Columns = Required.ToDictionary(c => c, ColumnSource.FromHeader),
        };

        var withoutProfile = Xlsx.Parse(xlsx);
        var withProfile = ExtractCsv.Records(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, Profile = profile }));

        Assert.Contains(withoutProfile.Problems, p => p.Kind == ProblemKind.BadDate && p.Value == "06/01/2020");
        Assert.Equal(new DateOnly(2020, 1, 6), Assert.Single(withProfile).StartDate);
    }

    [Fact]
    public void A_serial_number_is_a_date_only_in_a_date_format_and_1900s_missing_leap_day_is_counted_as_Excel_counts_it()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), XlsxDateStyles.FromSerial(45747, date1904: false));
        Assert.Equal(new DateOnly(1900, 2, 28), XlsxDateStyles.FromSerial(59, date1904: false));
        Assert.Null(XlsxDateStyles.FromSerial(60, date1904: false));
        Assert.Equal(new DateOnly(1900, 3, 1), XlsxDateStyles.FromSerial(61, date1904: false));
        Assert.Equal(new DateOnly(2025, 3, 31), XlsxDateStyles.FromSerial(45747.75, date1904: false));
        Assert.Equal(new DateOnly(2029, 4, 1), XlsxDateStyles.FromSerial(45747, date1904: true));
        Assert.True(XlsxDateStyles.IsDateFormat(14, null));
        Assert.True(XlsxDateStyles.IsDateFormat(164, "dd/mm/yyyy;@"));
        Assert.False(XlsxDateStyles.IsDateFormat(165, "\"day\" 0.00"));
        Assert.False(XlsxDateStyles.IsDateFormat(166, "[Red]0.00"));
        Assert.False(XlsxDateStyles.IsDateFormat(2, null));
    }

    [Fact]
    public void A_title_merged_across_the_columns_above_the_header_and_blank_rows_at_the_end_are_skipped()
    {
        var xlsx = Xlsx.Workbook(Required,
            [Person("EMP001", new DateOnly(2020, 1, 6)), [], [XlsxCell.Of("")]],
            title: "IT team, 31 March 2025");

        var records = ExtractCsv.Records(Xlsx.Parse(xlsx));

        Assert.Equal("EMP001", Assert.Single(records).EmployeeRef);
    }

    [Fact]
    public void Problems_are_reported_on_the_sheets_own_row_numbers()
    {
        var xlsx = Xlsx.Workbook(Required, [Person("EMP001", new DateOnly(2020, 1, 6)), Person("EMP002", new DateOnly(2020, 1, 6), "W")], title: "Staff");

        var problem = ExtractCsv.SingleProblem(Xlsx.Parse(xlsx));

        // Title on row 1, a blank row 2, the header on row 3: the second person is on row 5.
        Assert.Equal(5, problem.Row);
        Assert.Equal(ProblemKind.UnknownCode, problem.Kind);
    }

    [Fact]
    public void Shared_text_rich_text_runs_and_a_value_merged_down_several_rows_are_read_as_Excel_shows_them()
    {
        var header = string.Concat(Required.Select((c, i) => $"""<c r="{XlsxWriter.ColumnName(i)}1" t="s"><v>{i}</v></c>"""));
        var sheet = Xlsx.Sheet(
            $"""<row r="1">{header}</row>""" +
            """<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" t="str"><v>2025-03-31</v></c><c r="C2" t="inlineStr"><is><r><t>EMP</t></r><r><t>001</t></r></is></c><c r="D2" t="s"><v>8</v></c><c r="E2"><v>3</v></c><c r="F2" t="str"><v>2020-01-06</v></c><c r="G2" t="inlineStr"><is><t>female</t></is></c></row>""" +
            """<row r="3"><c r="B3" t="str"><v>2025-03-31</v></c><c r="C3" t="inlineStr"><is><t>EMP002</t></is></c><c r="E3"><v>4</v></c><c r="F3" t="str"><v>2021-01-06</v></c><c r="G3" t="inlineStr"><is><t>male</t></is></c></row>""",
            "").Replace("</worksheet>", """<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="D2:D3"/></mergeCells></worksheet>""", StringComparison.Ordinal);
        var strings = string.Concat(Required.Select(c => $"<si><t>{c}</t></si>")) + "<si><r><t>E0900</t></r><r><t>0030</t></r><rPh><t>x</t></rPh></si><si><t>digital</t></si>";
        var xlsx = Xlsx.WithSharedStrings(Xlsx.WithPart(Xlsx.Workbook(Required, []), "xl/worksheets/sheet1.xml", sheet),
            stream => stream.Write(System.Text.Encoding.UTF8.GetBytes($"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>""")));

        var records = ExtractCsv.Records(Xlsx.Parse(xlsx));

        Assert.Equal(["EMP001", "EMP002"], records.Select(r => r.EmployeeRef));
        Assert.All(records, r => Assert.Equal("E09000030", r.OrganisationCode));
        Assert.All(records, r => Assert.Equal(JobFamily.Digital, r.JobFamily));
    }

    [Fact]
    public void A_named_sheet_is_read_and_a_missing_one_is_reported_with_the_sheets_there_are()
    {
        var xlsx = Xlsx.Workbook(Required, [Person("EMP001", new DateOnly(2020, 1, 6))], sheet: "Staff");

        Assert.Single(ExtractCsv.Records(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, Sheet = "staff" })));
        var problem = ExtractCsv.SingleProblem(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, Sheet = "Leavers" }));
        Assert.Equal("the workbook has no sheet named 'Leavers'; its sheets are: 'Staff'", problem.Reason);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_but_starts_like_a_zip_file_is_refused_in_words()
    {
        var problem = ExtractCsv.SingleProblem(Xlsx.Parse([.. "PK\u0003\u0004"u8, .. new byte[100]]));

        Assert.Equal(ProblemKind.Unreadable, problem.Kind);
        Assert.StartsWith("the file is not an XLSX workbook that can be read", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_beyond_the_column_limit_is_refused()
    {
        var sheet = Xlsx.Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>organisation_code</t></is></c><c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row>""");
        var xlsx = Xlsx.WithPart(Xlsx.Workbook(Required, []), "xl/worksheets/sheet1.xml", sheet);

        var problem = ExtractCsv.SingleProblem(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, MaxColumns = 100 }));

        Assert.Equal("the sheet 'Extract' has a value in column 702 of row 1, beyond the 100 columns accepted; delete the columns to the right of the extract", problem.Reason);
    }

    [Fact]
    public void Blank_formatted_cells_far_beyond_the_column_limit_are_no_ones_data()
    {
        var header = string.Concat(Required.Select((c, i) => $"""<c r="{XlsxWriter.ColumnName(i)}1" t="inlineStr"><is><t>{c}</t></is></c>"""));
        var person = string.Concat(((string[])["E09000030", "2025-03-31", "EMP001", "it", "3", "2020-01-06", "female"])
            .Select((v, i) => $"""<c r="{XlsxWriter.ColumnName(i)}2" t="inlineStr"><is><t>{v}</t></is></c>"""));
        var sheet = Xlsx.Sheet($"""<row r="1">{header}<c r="XFD1" s="1"/></row><row r="2">{person}<c r="XFD2" s="1"/></row>""");

        var records = ExtractCsv.Records(Xlsx.Parse(Xlsx.WithPart(Xlsx.Workbook(Required, []), "xl/worksheets/sheet1.xml", sheet), new ExtractReadOptions { Today = TestDates.Today, MaxColumns = 100 }));

        Assert.Equal("EMP001", Assert.Single(records).EmployeeRef);
    }

    [Fact]
    public void A_workbook_of_more_parts_than_the_limit_is_refused_before_anything_is_unpacked()
    {
        var xlsx = Xlsx.Workbook(Required, [Person("EMP001", new DateOnly(2020, 1, 6))]);
        for (var i = 0; i < 5; i++)
        {
            xlsx = Xlsx.WithPart(xlsx, $"xl/media/image{i}.png", "x");
        }

        var problem = ExtractCsv.SingleProblem(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, MaxXlsxEntries = 8 }));

        Assert.Equal(ProblemKind.Unsafe, problem.Kind);
        Assert.StartsWith("the file holds 11 parts, more than the 8 a workbook needs", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_larger_unpacked_than_the_limit_is_refused_from_its_directory()
    {
        var xlsx = Xlsx.Workbook(Required, Enumerable.Range(0, 2000).Select(i => Person($"EMP{i:D5}", new DateOnly(2020, 1, 6))));

        var problem = ExtractCsv.SingleProblem(Xlsx.Parse(xlsx, new ExtractReadOptions { Today = TestDates.Today, MaxXlsxUnpackedBytes = 100_000 }));

        Assert.Equal(ProblemKind.TooLarge, problem.Kind);
        Assert.Matches("^the file unpacks to [0-9.,]+ (bytes|MB), more than the limit of 100,000 bytes;", problem.Reason);
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_refused_without_any_connection_or_file_read()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var good = Xlsx.Workbook(Required, [Person("EMP001", new DateOnly(2020, 1, 6))]);
        var doctype = $"""<!DOCTYPE worksheet [<!ENTITY remote SYSTEM "http://127.0.0.1:{port}/steal"><!ENTITY local SYSTEM "file:///etc/hostname">]>""";
        var sheet = Xlsx.Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>&remote;&local;</t></is></c></row>""").Replace("<worksheet", doctype + "<worksheet", StringComparison.Ordinal);
        var laughs = """<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>""";

        foreach (var (part, xml) in new[] { ("xl/worksheets/sheet1.xml", sheet), ("xl/styles.xml", laughs), ("xl/workbook.xml", doctype + "<workbook/>") })
        {
            var problem = ExtractCsv.SingleProblem(Xlsx.Parse(Xlsx.WithPart(good, part, xml)));

            Assert.Equal(ProblemKind.Unsafe, problem.Kind);
            Assert.StartsWith("the file contains a document type declaration (DOCTYPE)", problem.Reason, StringComparison.Ordinal);
        }

        Assert.False(listener.Pending(), "the reader connected to the address an entity named");
    }

    [Fact]
    public void A_profile_reads_the_header_row_it_names_below_other_rows()
    {
        var header = new[] { "Staff number", "Sex", "Team", "Level", "Joined" };
        var xlsx = Xlsx.Workbook(header,
            [[XlsxCell.Of("S1"), XlsxCell.Of("Woman"), XlsxCell.Of("Infrastructure"), XlsxCell.Of(2), XlsxCell.Of(new DateOnly(2019, 5, 1))]]);
        xlsx = Xlsx.WithPart(xlsx, "xl/worksheets/sheet1.xml", Xlsx.Sheet(
            """<row r="1"><c r="A1" t="inlineStr"><is><t>Prepared by the IT service</t></is></c></row>""" +
            """<row r="2"><c r="A2" t="inlineStr"><is><t>Staff number</t></is></c><c r="B2" t="inlineStr"><is><t>Sex</t></is></c><c r="C2" t="inlineStr"><is><t>Team</t></is></c><c r="D2" t="inlineStr"><is><t>Level</t></is></c><c r="E2" t="inlineStr"><is><t>Joined</t></is></c></row>""" +
            """<row r="3"><c r="A3" t="inlineStr"><is><t>S1</t></is></c><c r="B3" t="inlineStr"><is><t>Woman</t></is></c><c r="C3" t="inlineStr"><is><t>Infrastructure</t></is></c><c r="D3"><v>2</v></c><c r="E3" t="inlineStr"><is><t>01/05/2019</t></is></c></row>"""));
        var profile = new MappingProfile
        {
            Name = "it-team",
            DateFormat = "dd/MM/yyyy",
            Columns = new Dictionary<string, ColumnSource>
            {
                [ExtractColumns.EmployeeRef] = ColumnSource.FromHeader("Staff number"),
                [ExtractColumns.Gender] = ColumnSource.FromHeader("Sex"),
                [ExtractColumns.JobFamily] = ColumnSource.FromHeader("Team"),
                [ExtractColumns.Level] = ColumnSource.FromHeader("Level"),
                [ExtractColumns.StartDate] = ColumnSource.FromHeader("Joined"),
            },
        };

        var record = Assert.Single(ExtractCsv.Records(Xlsx.Parse(xlsx, new ExtractReadOptions
        {
            Today = TestDates.Today,
            Profile = profile,
            ExpectedOrganisationCode = "E09000030",
            SnapshotDate = new DateOnly(2025, 3, 31),
        })));

        Assert.Equal((Gender.Female, JobFamily.It, 2, new DateOnly(2019, 5, 1)), (record.Gender, record.JobFamily, record.Level, record.StartDate));
    }
}
