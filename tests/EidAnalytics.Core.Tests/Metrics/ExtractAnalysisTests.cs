using System.Globalization;
using System.Text;
using System.Text.Json;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Tests.Extracts;

namespace EidAnalytics.Core.Tests.Metrics;

/// <summary>
/// The offline analyser reads a large file in parts at once; whatever the parts, it must give what
/// <see cref="ExtractParser"/> and <see cref="WorkforceMetrics.ComputeByOrganisation"/> give reading the
/// file whole: the same metrics to the last bit, or the same problems in the same order with the same rows.
/// </summary>
public sealed class ExtractAnalysisTests
{
    private const string Snapshot = "2025-03-31";

    [Fact]
    public void A_valid_file_read_in_three_parts_gives_the_metrics_of_reading_it_whole_to_the_last_bit()
    {
        // Organisations interleaved, so every one of them is in every part, with part-time FTEs whose sums
        // depend on the order they are added in.
        var csv = ExtractCsv.File([.. Enumerable.Range(0, 600).Select(i => Person(i, organisation: i % 4))]);

        var analysed = Analyse(csv, parts: 3);

        Assert.Equal(3, analysed.Parts);
        Assert.Equal(Json(ReadWhole(csv)), Json(analysed.Organisations));
    }

    [Fact]
    public void A_file_grouped_by_organisation_with_a_byte_order_mark_and_crlf_line_ends_read_in_parts_gives_the_same_metrics()
    {
        var rows = Enumerable.Range(0, 400).Select(i => Person(i, organisation: i / 100));
        var csv = "\uFEFF" + string.Join("\r\n", [ExtractCsv.Header, .. rows]) + "\r\n";

        var analysed = Analyse(csv, parts: 2);

        Assert.Equal(2, analysed.Parts);
        Assert.Equal(Json(ReadWhole(csv)), Json(analysed.Organisations));
    }

    [Fact]
    public void The_same_employee_ref_in_two_organisations_in_different_parts_is_not_a_duplicate()
    {
        // Every organisation numbers its staff from 1, as the benchmark file does.
        var csv = ExtractCsv.File([.. Enumerable.Range(0, 400).Select(i => Person(i % 100, organisation: i / 100))]);

        var analysed = Analyse(csv, parts: 2);

        Assert.True(analysed.IsValid, string.Join("\n", analysed.Problems));
        Assert.Equal(2, analysed.Parts);
    }

    [Fact]
    public void An_employee_ref_in_two_parts_is_reported_as_reading_the_file_whole_reports_it()
    {
        var rows = Enumerable.Range(0, 300).Select(i => Person(i, organisation: 0)).ToArray();
        rows[280] = Person(5, organisation: 0);

        AssertSameProblems(ExtractCsv.File(rows), parts: 3, ProblemKind.DuplicateRef);
    }

    [Fact]
    public void A_snapshot_date_that_differs_between_parts_is_reported_as_reading_the_file_whole_reports_it()
    {
        var rows = Enumerable.Range(0, 300).Select(i => Person(i, organisation: i % 3)).ToArray();
        var second = FirstRowOfPart(rows, parts: 2, part: 1);
        Assert.InRange(second, 100, 200);

        // Each part alone has one snapshot date.
        var csv = ExtractCsv.File([.. rows.Select((row, i) => i < second ? row : row.Replace(Snapshot, "2025-03-30", StringComparison.Ordinal))]);

        AssertSameProblems(csv, parts: 2, ProblemKind.SnapshotDiffers);
    }

    [Fact]
    public void Problems_spread_over_every_part_are_reported_in_file_order_with_their_rows()
    {
        var rows = Enumerable.Range(0, 300).Select(i => Person(i, organisation: i % 2)).ToArray();
        rows[10] = ExtractCsv.Row((ExtractColumns.EmployeeRef, "E10"), (ExtractColumns.Level, "9"));
        rows[120] = ExtractCsv.Row((ExtractColumns.EmployeeRef, "E120"), (ExtractColumns.Gender, "unknown"));
        rows[199] = "E09000030,2025-03-31,\"E199";
        rows[250] = ExtractCsv.Row((ExtractColumns.EmployeeRef, "E250"), (ExtractColumns.StartDate, "2026-01-01"));
        rows[299] = ExtractCsv.Row((ExtractColumns.EmployeeRef, "E299"), (ExtractColumns.OrganisationCode, "X1"));

        AssertSameProblems(ExtractCsv.File(rows), parts: 3, ProblemKind.BadLevel, maxProblems: 3);
    }

    [Fact]
    public void A_part_of_blank_rows_does_not_make_a_valid_file_look_empty_or_invalid()
    {
        var blank = string.Concat(Enumerable.Repeat(",", ExtractColumns.All.Count - 1));
        var rows = Enumerable.Range(0, 200).Select(i => i is >= 100 and < 180 ? blank : Person(i, organisation: 0));

        var csv = ExtractCsv.File([.. rows]);
        var analysed = Analyse(csv, parts: 3);

        Assert.True(analysed.IsValid, string.Join("\n", analysed.Problems));
        Assert.Equal(Json(ReadWhole(csv)), Json(analysed.Organisations));
    }

    /// <summary>Person <paramref name="i"/> of organisation <paramref name="organisation"/>: a varied, valid row.</summary>
    private static string Person(int i, int organisation, string snapshot = Snapshot) => ExtractCsv.Row(
        (ExtractColumns.OrganisationCode, string.Create(CultureInfo.InvariantCulture, $"E0900003{organisation}")),
        (ExtractColumns.SnapshotDate, snapshot),
        (ExtractColumns.EmployeeRef, string.Create(CultureInfo.InvariantCulture, $"R{i:D5}")),
        (ExtractColumns.JobFamily, i % 7 == 0 ? "other" : "it"),
        (ExtractColumns.Level, string.Create(CultureInfo.InvariantCulture, $"{1 + (i % 6)}")),
        (ExtractColumns.LastPromotionDate, i % 5 == 0 ? "2024-06-01" : ""),
        (ExtractColumns.Gender, (i % 3) switch { 0 => "female", 1 => "male", _ => "other" }),
        (ExtractColumns.Fte, string.Create(CultureInfo.InvariantCulture, $"0.{1 + (i % 9)}")),
        (ExtractColumns.HourlyPay, string.Create(CultureInfo.InvariantCulture, $"{15 + (i % 23)}.{i % 100:D2}")),
        (ExtractColumns.LeaveDate, i % 11 == 0 ? "2024-12-01" : ""),
        (ExtractColumns.LeaveReason, i % 11 == 0 ? "voluntary" : ""));

    private static AnalysedExtract Analyse(string csv, int parts, int maxProblems = 1000)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        return ExtractAnalysis.Analyse(
            () => new MemoryStream(bytes, writable: false), new ExtractReadOptions { Today = TestDates.Today, MaxProblems = maxProblems }, MetricOptions.Default,
            maxParts: parts, minPartBytes: bytes.Length / parts);
    }

    /// <summary>The index among <paramref name="rows"/> of the first row of a part, when the file of them is read in <paramref name="parts"/> parts.</summary>
    private static int FirstRowOfPart(string[] rows, int parts, int part)
    {
        var bytes = Encoding.UTF8.GetBytes(ExtractCsv.File(rows));
        using var stream = new MemoryStream(bytes);
        var start = ExtractAnalysis.SplitPoints(stream, parts, bytes.Length / parts)[part];
        var headerLine = Encoding.UTF8.GetByteCount(ExtractCsv.Header) + 1;
        var offset = (long)headerLine;
        for (var i = 0; i < rows.Length; offset += Encoding.UTF8.GetByteCount(rows[i]) + 1, i++)
        {
            if (offset == start)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"No row starts at byte {start}.");
    }

    private static IReadOnlyList<OrganisationMetrics> ReadWhole(string csv)
    {
        var parsed = ExtractCsv.Parse(csv);
        return WorkforceMetrics.ComputeByOrganisation(ExtractCsv.Records(parsed), parsed.Columns, MetricOptions.Default);
    }

    private static void AssertSameProblems(string csv, int parts, ProblemKind firstKind, int maxProblems = 1000)
    {
        var whole = ExtractCsv.Parse(csv, new ExtractReadOptions { Today = TestDates.Today, MaxProblems = maxProblems });
        var analysed = Analyse(csv, parts, maxProblems);

        Assert.False(analysed.IsValid);
        Assert.Empty(analysed.Organisations);
        Assert.Equal(firstKind, analysed.Problems[0].Kind);
        Assert.Equal(whole.Problems, analysed.Problems);
        Assert.Equal(whole.ProblemCount, analysed.ProblemCount);
        Assert.Equal(whole.ProblemGroups.Select(g => (g.Summary, g.Count)), analysed.ProblemGroups.Select(g => (g.Summary, g.Count)));
    }

    private static string Json(IEnumerable<OrganisationMetrics> organisations)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            MetricsJson.Write(writer, organisations);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
