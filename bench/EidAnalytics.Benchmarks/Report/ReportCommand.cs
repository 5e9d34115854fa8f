namespace EidAnalytics.Benchmarks.Report;

/// <summary>
/// <c>report RESULTS MICRO DOC</c>: writes a run's figures (RESULTS: its <c>key=value</c> lines;
/// MICRO: BenchmarkDotNet's GitHub tables) between the bench markers of DOC.
/// </summary>
public static class ReportCommand
{
    public static void Run(string results, string micro, string document)
    {
        var tables = File.Exists(micro) ? File.ReadAllText(micro) : null;
        PerformanceDocument.Write(document, PerformanceSection.Write(BenchResults.Read(results), tables));
    }
}
