using System.Globalization;
using System.Text.Json;
using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>The machine, the code and the peers' versions, recorded before any figure.</summary>
public static class MachineFacts
{
    public static async Task RecordAsync(BenchSettings settings, ResultsLog results, CancellationToken cancellationToken)
    {
        results.Record("date", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        var commit = (await ChildProcess.OutputAsync(["git", "-C", settings.Root, "rev-parse", "--short", "HEAD"], cancellationToken)).Trim();
        var changed = await ExitsNonZeroAsync(["git", "-C", settings.Root, "diff", "--quiet", "HEAD", "--", "src", "bench"], cancellationToken);
        results.Record("commit", commit + (changed ? " (with uncommitted changes)" : ""));
        results.Record("cpu", File.ReadLines("/proc/cpuinfo").Where(l => l.StartsWith("model name", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart()).FirstOrDefault() ?? "");
        results.Record("cores", (await ChildProcess.OutputAsync(["nproc"], cancellationToken)).Trim());
        results.Record("memory_gb", CNumberFormat.Fixed(MemorySampler.Kilobytes("/proc/meminfo", "MemTotal:") / 1048576.0, 1));
        results.Record("kernel", File.ReadAllText("/proc/sys/kernel/osrelease").Trim());
        results.Record("dotnet", await LineAsync(["dotnet", "--version"], 0, cancellationToken));
        results.Record("postgres", await LineAsync(["psql", "--version"], 2, cancellationToken));
        results.Record("node", await LineAsync(["node", "--version"], 0, cancellationToken));
        using (var package = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(settings.Root, "bench", "duckdb", "node_modules", "@duckdb", "node-api", "package.json"), cancellationToken)))
        {
            results.Record("duckdb", package.RootElement.GetProperty("version").GetString() ?? "");
        }
        results.Record("wrk", await LineAsync(["wrk", "--version"], 1, cancellationToken, ErrorOutput.Append));
        results.Record("chromium", await LineAsync(["chromium", "--version"], 1, cancellationToken, ErrorOutput.Discard));
    }

    // The FIELDth word (0-based) of a program's first line of output, "" when it has none.
    private static async Task<string> LineAsync(string[] command, int field, CancellationToken cancellationToken,
        ErrorOutput errors = ErrorOutput.Terminal)
    {
        var output = await ChildProcess.OutputAsync(command, cancellationToken, check: false, errors);
        var words = output.Split('\n')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > field ? words[field] : "";
    }

    private static async Task<bool> ExitsNonZeroAsync(string[] command, CancellationToken cancellationToken)
    {
        using var process = System.Diagnostics.Process.Start(command[0], command[1..]);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode != 0;
    }
}
