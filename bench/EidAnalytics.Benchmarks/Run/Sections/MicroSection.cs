using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>e. The micro-benchmarks (BenchmarkDotNet, short job), their GitHub tables kept for the report.</summary>
public static class MicroSection
{
    /// <summary>Writes the tables to <paramref name="tables"/> and keeps a copy for runs without this section.</summary>
    public static async Task RunAsync(BenchContext bench, string tables, string kept, CancellationToken cancellationToken)
    {
        if (!HasBenchmarks())
        {
            await File.WriteAllTextAsync(tables,
                "No micro-benchmark classes are in bench/EidAnalytics.Benchmarks yet; `micro` is wired and runs them once they are.\n", cancellationToken);
            return;
        }
        Say.Line("e. micro-benchmarks (BenchmarkDotNet, short job)");
        bench.RecordLoad("micro_load");
        var artifacts = Path.Combine(bench.Work, "bdn");
        File.Delete(Path.Combine(bench.Settings.Logs, "micro.txt"));
        await ChildProcess.RunToLogAsync(Path.Combine(bench.Settings.Logs, "micro.txt"),
            bench.Bench("micro", "--filter", "*", "--job", "short", "--artifacts", artifacts), cancellationToken,
            workingDirectory: Path.Combine(bench.Settings.Root, "bench", "EidAnalytics.Benchmarks"));
        // BenchmarkDotNet writes a description's apostrophes as HTML entities in its GitHub tables.
        var reports = Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md").Order(StringComparer.Ordinal);
        var text = string.Concat(reports.Select(File.ReadAllText)).Replace("&#39;", "", StringComparison.Ordinal);
        await File.WriteAllTextAsync(tables, text, cancellationToken);
        File.Copy(tables, kept, overwrite: true);
    }

    private static bool HasBenchmarks() =>
        typeof(MicroSection).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
}
