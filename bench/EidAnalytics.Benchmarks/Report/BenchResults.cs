using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Report;

/// <summary>
/// The figures of a bench run as the results file holds them (<c>key=value</c> lines, the last of a
/// key winning), and the few ways the report writes them. A missing figure is written "—".
/// </summary>
public sealed class BenchResults(IReadOnlyDictionary<string, string> figures)
{
    public const string Missing = "—";

    public static BenchResults Read(string path)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var (key, value) = Split(line);
            if (key.Length > 0)
            {
                figures[key] = value;
            }
        }
        return new BenchResults(figures);
    }

    /// <summary>A <c>key=value</c> line's key and value (the value empty without an "=").</summary>
    public static (string Key, string Value) Split(string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (line, "") : (line[..equals], line[(equals + 1)..]);
    }

    /// <summary>The figure, or null when it is missing or empty.</summary>
    public string? Find(string key) => figures.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public string Value(string key) => Find(key) ?? Missing;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> to two decimals.</summary>
    public string Ratio(string numerator, string denominator) =>
        Find(numerator) is { } a && Find(denominator) is { } b
            ? CNumberFormat.Fixed(AwkNumber.Parse(a) / AwkNumber.Parse(b), 2)
            : Missing;

    /// <summary>A peak figure ("SERVICE_MB BROWSER_MB") in words.</summary>
    public string Peak(string key)
    {
        if (Find(key) is not { } peak)
        {
            return Missing;
        }
        var space = peak.IndexOf(' ', StringComparison.Ordinal);
        var (service, browser) = space < 0 ? (peak, peak) : (peak[..space], peak[(space + 1)..]);
        return $"{service} MB service, {browser} MB browser";
    }

    /// <summary>The largest <c>cross_…_<paramref name="suffix"/></c> figure of section f.</summary>
    public string Slowest(string suffix)
    {
        string? slowest = null;
        foreach (var (key, value) in figures)
        {
            if (key.StartsWith("cross_", StringComparison.Ordinal) && key.EndsWith("_" + suffix, StringComparison.Ordinal)
                && key.Length > "cross_".Length + suffix.Length)
            {
                var current = slowest ?? "0";
                slowest = AwkNumber.Compare(value, current) > 0 ? value : current;
            }
        }
        return slowest ?? Missing;
    }

    /// <summary>"met" when the figure is at most the limit, "not met" above it, "not measured" without it.</summary>
    public static string Verdict(string figure, string limit) =>
        figure.Length == 0 || figure == Missing ? "not measured"
        : AwkNumber.Compare(figure, limit) <= 0 ? "**met**" : "**not met**";
}
