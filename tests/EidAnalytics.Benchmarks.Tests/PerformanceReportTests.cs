using EidAnalytics.Benchmarks.Report;

namespace EidAnalytics.Benchmarks.Tests;

/// <summary>
/// The report writes docs/performance.md exactly as bench/report.sh did: each expected document in
/// Fixtures/Report was written by report.sh from the same results, micro-benchmark tables and
/// starting document, before report.sh was deleted (the begin marker's comment has since named the
/// C# runner and report instead of the deleted scripts; nothing else in them has changed).
/// </summary>
public sealed class PerformanceReportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("eid-report-test.").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("full-results.txt", "micro.md", "performance-full.md")]
    [InlineData("edge-results.txt", null, "performance-edge.md")]
    public void A_run_replaces_the_section_between_the_markers_as_the_bash_report_did(string results, string? micro, string expected)
    {
        var document = Path.Combine(folder, "performance.md");
        File.Copy(Fixture("performance-before.md"), document);

        ReportCommand.Run(Fixture(results), micro is null ? Path.Combine(folder, "none.md") : Fixture(micro), document);

        Assert.Equal(File.ReadAllText(Fixture(expected)), File.ReadAllText(document));
    }

    [Fact]
    public void A_document_without_markers_is_written_afresh_with_the_section_only()
    {
        var document = Path.Combine(folder, "performance.md");

        ReportCommand.Run(Fixture("partial-results.txt"), Path.Combine(folder, "none.md"), document);

        Assert.Equal(File.ReadAllText(Fixture("performance-fresh.md")), File.ReadAllText(document));
    }

    [Fact]
    public void Hand_written_text_around_the_markers_is_kept_and_a_final_line_break_added()
    {
        var spliced = PerformanceDocument.Splice("before\n<!-- bench:begin x -->\nold\n<!-- bench:end -->\nafter", "NEW");

        Assert.Equal("before\nNEW\nafter\n", spliced);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Report", name);
}
