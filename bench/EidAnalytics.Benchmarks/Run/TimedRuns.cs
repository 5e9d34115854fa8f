using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// Commands timed by GNU time (<c>/usr/bin/time -f '%e %U %S %M'</c>: wall, user and system
/// seconds, peak RSS in KB), each started afresh, each command's runs kept under its name.
/// </summary>
public sealed class TimedRuns(string work, string logs, ResultsLog results)
{
    private readonly Dictionary<string, List<string[]>> runs = new(StringComparer.Ordinal);

    /// <summary>One run of <paramref name="command"/>, its output appended to .eid/bench-logs/NAME.out.</summary>
    public async Task TimeAsync(string name, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var times = Path.Combine(work, "time.out");
        await ChildProcess.RunToLogAsync(Path.Combine(logs, name + ".out"),
            ["/usr/bin/time", "-f", "%e %U %S %M", "-o", times, .. command], cancellationToken);
        var last = (await File.ReadAllLinesAsync(times, cancellationToken))[^1];
        Add(name, last.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A run timed elsewhere (wall seconds only).</summary>
    public void AddWall(string name, string wall) => Add(name, [wall.Length > 0 ? wall : "0", "0", "0", "0"]);

    /// <summary>Every run's wall time, in the order run.</summary>
    public IReadOnlyList<string> Walls(string name) => Runs(name).Select(r => r[0]).ToList();

    /// <summary>Records NAME_wall_s, NAME_cpu_s (user + system) and NAME_rss_mb (medians) and NAME_runs (every wall time).</summary>
    public void Summarise(string name)
    {
        var all = Runs(name);
        results.Record($"{name}_wall_s", Median.Of(all.Select(r => r[0])));
        results.Record($"{name}_cpu_s", Median.Of(all.Select(r => CNumberFormat.Awk(AwkNumber.Parse(r[1]) + AwkNumber.Parse(r[2])))));
        results.Record($"{name}_rss_mb", Median.Of(all.Select(r => CNumberFormat.Fixed(AwkNumber.Parse(r[3]) / 1024, 0))));
        results.Record($"{name}_runs", string.Join(", ", Walls(name)));
    }

    private List<string[]> Runs(string name) => runs.TryGetValue(name, out var list) ? list : [];

    private void Add(string name, string[] run)
    {
        if (!runs.TryGetValue(name, out var list))
        {
            runs[name] = list = [];
        }
        list.Add(run);
    }
}
