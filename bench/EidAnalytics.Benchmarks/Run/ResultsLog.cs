using EidAnalytics.Benchmarks.Report;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// The run's figures: each one kept for the run's own use and appended at once as a
/// <c>key=value</c> line to the results file (.eid/bench-logs/results.txt), so a broken run leaves
/// what it had measured.
/// </summary>
public sealed class ResultsLog(string path)
{
    private readonly Dictionary<string, string> figures = new(StringComparer.Ordinal);

    public string Path => path;

    /// <summary>
    /// A partial run starts from the last run's figures (what it measures again comes later in the
    /// file and wins), says which run the others come from (the last full run, however many partial
    /// runs since) and which sections it measured again.
    /// </summary>
    public void StartFrom(string previous, string sections)
    {
        var lines = File.ReadAllLines(previous);
        File.WriteAllLines(path, lines.Where(l => !l.StartsWith("rerun_", StringComparison.Ordinal)));
        var origin = Last(lines, "rerun_of") ?? Last(lines, "date") ?? "";
        File.AppendAllText(path, $"rerun_of={origin}\nrerun_sections={sections}\n");
    }

    public void Record(string key, string value)
    {
        figures[key] = value;
        File.AppendAllText(path, $"{key}={value}\n");
    }

    /// <summary>Records every <c>key=value</c> line of a tool's output under <paramref name="prefix"/>_key.</summary>
    public void Collect(string prefix, string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var (key, value) = BenchResults.Split(line);
            if (key.Length > 0)
            {
                Record($"{prefix}_{key}", value);
            }
        }
    }

    public string this[string key] => figures.TryGetValue(key, out var value) ? value : "";

    private static string? Last(IEnumerable<string> lines, string key) =>
        lines.Where(l => l.StartsWith(key + "=", StringComparison.Ordinal)).Select(l => l[(key.Length + 1)..]).LastOrDefault();
}
