using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>
/// A snapshot after today in the UK, or before 2000, is a problem in clear words: a future snapshot
/// would become everyone's default "latest", and one in year 1 left the ingest job no year to go back.
/// </summary>
public sealed class SnapshotDateTests
{
    // 23:30 at UTC on 31 March 2025 is already 1 April in London (British Summer Time).
    private static readonly DateTimeOffset EveningOf31March = new(2025, 3, 31, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData("2025-03-31")]
    [InlineData("2000-01-01")]
    public void A_snapshot_from_2000_up_to_today_in_London_is_accepted(string snapshot)
    {
        var result = Parse(snapshot, snapshot == "2025-04-01" ? "2025-04-01" : null);

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Reason)));
    }

    [Fact]
    public void A_snapshot_after_today_in_London_is_refused_with_the_date_it_is_after()
    {
        var problem = ExtractCsv.SingleProblem(Parse("2025-04-02"));

        Assert.Equal(ProblemKind.SnapshotOutOfRange, problem.Kind);
        Assert.Equal((2, ExtractColumns.SnapshotDate, "2025-04-02"), (problem.Row, problem.Column, problem.Value));
        Assert.Equal("snapshot_date 2025-04-02 is after today (2025-04-01 in the UK); a snapshot cannot be in the future", problem.Reason);
    }

    [Theory]
    [InlineData("2999-03-31", "snapshot_date 2999-03-31 is after today (2025-04-01 in the UK); a snapshot cannot be in the future")]
    [InlineData("9999-12-31", "snapshot_date 9999-12-31 is after today (2025-04-01 in the UK); a snapshot cannot be in the future")]
    [InlineData("1999-12-31", "snapshot_date 1999-12-31 is before 2000-01-01, the earliest snapshot accepted")]
    [InlineData("0001-01-01", "snapshot_date 0001-01-01 is before 2000-01-01, the earliest snapshot accepted")]
    public void A_snapshot_out_of_bounds_is_one_problem_however_many_rows_carry_it(string snapshot, string reason)
    {
        var csv = ExtractCsv.File(
            Row(snapshot, "P1", leave: null),
            Row(snapshot, "P2", leave: snapshot),
            Row(snapshot, "P3", leave: null));

        var problem = ExtractCsv.SingleProblem(ExtractCsv.Parse(csv, new ExtractReadOptions { Today = SnapshotDates.TodayInUk(EveningOf31March) }));

        Assert.Equal(reason, problem.Reason);
    }

    [Fact]
    public void Today_is_the_date_in_London_not_at_UTC()
    {
        Assert.Equal(new DateOnly(2025, 4, 1), SnapshotDates.TodayInUk(EveningOf31March));
        Assert.Equal(new DateOnly(2025, 12, 31), SnapshotDates.TodayInUk(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    private static ParsedExtract Parse(string snapshot, string? start = null) =>
        ExtractCsv.Parse(ExtractCsv.File(ExtractCsv.Row(
                (ExtractColumns.SnapshotDate, snapshot), (ExtractColumns.StartDate, start ?? "2000-01-01"),
                (ExtractColumns.LevelStartDate, ""), (ExtractColumns.LastPromotionDate, ""))),
            new ExtractReadOptions { Today = SnapshotDates.TodayInUk(EveningOf31March) });

    /// <summary>Everyone starts on the snapshot date; a leaver leaves on it, so the 12 months before it are worked out.</summary>
    private static string Row(string snapshot, string reference, string? leave) => ExtractCsv.Row(
        (ExtractColumns.SnapshotDate, snapshot), (ExtractColumns.EmployeeRef, reference), (ExtractColumns.StartDate, snapshot),
        (ExtractColumns.LevelStartDate, ""), (ExtractColumns.LastPromotionDate, ""),
        (ExtractColumns.LeaveDate, leave ?? ""), (ExtractColumns.LeaveReason, leave is null ? "" : "voluntary"));
}
