namespace EidAnalytics.Benchmarks.Run;

/// <summary>The machine's 1, 5 and 15-minute load averages, given with each figure.</summary>
public static class LoadAverage
{
    public static string Now() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
