using System.Text;
using EidAnalytics.Core.Extracts;
using static EidAnalytics.Core.Tests.Extracts.ExtractCsv;
using C = EidAnalytics.Core.Extracts.ExtractColumns;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>Reading an extract into a sink as it streams (the web host's COPY), instead of keeping the records.</summary>
public sealed class StreamedParseTests
{
    [Fact]
    public void A_valid_file_hands_every_row_to_the_sink_in_file_order_and_keeps_none()
    {
        var csv = File(Row(), Row((C.EmployeeRef, "EMP002"), (C.Gender, "male")), Row((C.EmployeeRef, "EMP003"), (C.Level, "5")));
        var sink = new Sink();

        var result = Parse(csv, sink);

        Assert.True(result.IsValid);
        Assert.Empty(result.Records);
        Assert.Equal(ExtractColumns.All.ToHashSet(), result.Columns.ToHashSet());
        Assert.Equal(["EMP001", "EMP002", "EMP003"], sink.Added.Select(r => r.EmployeeRef));
        Assert.Equal(Records(ExtractCsv.Parse(csv)), sink.Added);
        Assert.Equal(0, sink.Rejections);
    }

    [Fact]
    public void A_problem_rejects_what_the_sink_took_once_and_no_row_comes_after_it_while_every_problem_is_still_reported()
    {
        // Rows 2 and 3 are valid and reach the sink; row 4 has a bad gender; rows 5 (valid) and 6 (bad level) are read only for the report.
        var csv = File(
            Row(),
            Row((C.EmployeeRef, "EMP002")),
            Row((C.EmployeeRef, "EMP003"), (C.Gender, "W")),
            Row((C.EmployeeRef, "EMP004")),
            Row((C.EmployeeRef, "EMP005"), (C.Level, "9")));
        var sink = new Sink();

        var result = Parse(csv, sink);

        Assert.Equal(2, result.ProblemCount);
        Assert.Equal([4, 6], result.Problems.Select(p => p.Row));
        Assert.Equal(["EMP001", "EMP002"], sink.Added.Select(r => r.EmployeeRef));
        Assert.Equal(1, sink.Rejections);
    }

    [Fact]
    public void A_problem_in_the_header_reaches_the_sink_as_no_rows_at_all()
    {
        var sink = new Sink();

        var result = Parse(File(Row()).Replace("gender,", "sex,", StringComparison.Ordinal), sink);

        Assert.False(result.IsValid);
        Assert.Empty(sink.Added);
    }

    [Fact]
    public void An_xlsx_file_streams_into_the_sink_as_its_csv_twin_does()
    {
        var csv = File(Row(), Row((C.EmployeeRef, "EMP002"), (C.Fte, "0.5")));
        var sink = new Sink();

        using var stream = new MemoryStream(Xlsx.FromCsv(csv));
        var result = ExtractParser.Parse(stream, new ExtractReadOptions { Today = TestDates.Today }, sink);

        Assert.True(result.IsValid);
        Assert.Equal(Records(ExtractCsv.Parse(csv)), sink.Added);
    }

    [Fact]
    public void Reading_stops_at_the_next_row_once_it_is_cancelled_and_says_so()
    {
        // 1,000 valid rows; the sink cancels as it takes the 10th, so the 11th is never read.
        var csv = File([.. Enumerable.Range(1, 1000).Select(i => Row((C.EmployeeRef, $"EMP{i:D4}")))]);
        using var stop = new CancellationTokenSource();
        var sink = new CancellingSink(stop, after: 10);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        Assert.Throws<OperationCanceledException>(() =>
            ExtractParser.Parse(stream, new ExtractReadOptions { Today = TestDates.Today }, sink, stop.Token));
        Assert.Equal(10, sink.Added);
    }

    [Fact]
    public void A_file_given_as_an_IT_team_with_other_staff_is_one_problem_naming_the_count_and_the_first_row()
    {
        // The header is row 1; rows 3 and 5 are job_family other.
        var csv = File(
            Row(),
            Row((C.EmployeeRef, "EMP002"), (C.JobFamily, "other")),
            Row((C.EmployeeRef, "EMP003")),
            Row((C.EmployeeRef, "EMP004"), (C.JobFamily, "other")));
        var sink = new Sink();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var result = ExtractParser.Parse(stream, new ExtractReadOptions { Today = TestDates.Today, ItTeamOnly = true }, sink);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemKind.OtherFamilyInItTeam, 0, C.JobFamily), (problem.Kind, problem.Row, problem.Column));
        Assert.Equal("the file is given as an IT-team extract, but 2 rows have job_family other (the first is row 3); give it as a whole-council HR extract, or leave those people out", problem.Reason);
        Assert.Equal(1, sink.Rejections);
        Assert.True(ExtractCsv.Parse(csv).IsValid, "the same file not given as an IT team's is valid");
    }

    private static ParsedExtract Parse(string csv, IRecordSink sink)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return ExtractParser.Parse(stream, new ExtractReadOptions { Today = TestDates.Today }, sink);
    }

    private sealed class Sink : IRecordSink
    {
        public List<EmployeeRecord> Added { get; } = [];

        public int Rejections { get; private set; }

        public void Add(EmployeeRecord record)
        {
            Assert.Equal(0, Rejections);
            Added.Add(record);
        }

        public void Reject() => Rejections++;
    }

    private sealed class CancellingSink(CancellationTokenSource stop, int after) : IRecordSink
    {
        public int Added { get; private set; }

        public void Add(EmployeeRecord record)
        {
            if (++Added == after)
            {
                stop.Cancel();
            }
        }

        public void Reject() => throw new InvalidOperationException("a valid file is not rejected");
    }
}
