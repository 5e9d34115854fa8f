using System.Globalization;
using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// Twice a second while the service runs: the phase, the service's RSS and the proportional set
/// size (shared pages split among sharers) of everything it started: Playwright's driver and
/// Chromium. Samples are kept over restarts of the service and logged to .eid/bench-logs/memory.txt.
/// </summary>
public sealed class MemorySampler(string log)
{
    private readonly List<(string Phase, long ServiceKb, long BrowserKb)> samples = [];
    private readonly Lock gate = new();

    public string Phase { get; set; } = "setup";

    /// <summary>Samples <paramref name="serviceId"/> until it exits; the phase starts as "setup".</summary>
    public Task SampleAsync(int serviceId)
    {
        Phase = "setup";
        return Task.Run(async () =>
        {
            while (Directory.Exists($"/proc/{serviceId}"))
            {
                var service = Kilobytes($"/proc/{serviceId}/status", "VmRSS:");
                var browser = Descendants(serviceId).Sum(id => Kilobytes($"/proc/{id}/smaps_rollup", "Pss:"));
                var phase = Phase;
                lock (gate)
                {
                    samples.Add((phase, service, browser));
                }
                await File.AppendAllTextAsync(log, string.Create(CultureInfo.InvariantCulture, $"{phase} {service} {browser}\n"));
                await Task.Delay(500);
            }
        });
    }

    /// <summary>The largest service RSS and browser PSS (MB) sampled during the phase: "SERVICE BROWSER".</summary>
    public string Peak(string phase)
    {
        lock (gate)
        {
            var during = samples.Where(s => s.Phase == phase).ToList();
            var service = during.Count == 0 ? 0 : during.Max(s => s.ServiceKb);
            var browser = during.Count == 0 ? 0 : during.Max(s => s.BrowserKb);
            return $"{CNumberFormat.Fixed(service / 1024.0, 0)} {CNumberFormat.Fixed(browser / 1024.0, 0)}";
        }
    }

    /// <summary>A "Name: N kB" figure of a /proc file, 0 when the process has gone.</summary>
    public static long Kilobytes(string path, string name)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Parent(id) is { } parent)
            {
                parents[id] = parent;
            }
        }
        return parents.Keys.Where(id => id != root && Reaches(id, root, parents)).ToList();
    }

    private static bool Reaches(int id, int root, Dictionary<int, int> parents)
    {
        while (parents.TryGetValue(id, out var parent) && id != root && id > 1)
        {
            id = parent;
        }
        return id == root;
    }

    // /proc/ID/stat: "ID (COMMAND) STATE PPID …", the command possibly holding spaces and brackets.
    private static int? Parent(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
