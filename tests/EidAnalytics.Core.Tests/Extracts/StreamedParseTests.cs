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
}
