using System.Globalization;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>What a researcher asked for, as the query string carries it (so a comparison is a shareable link).</summary>
public sealed record ComparisonRequest(
    string? Metric = null,
    string? Set = null,
    IReadOnlyList<string>? Orgs = null,
    int? K = null,
    string? Benchmark = null,
    DateOnly? Snapshot = null,
    double? Target = null)
    // Target is a share (0.3); the query string carries it as a percentage (target=30).
{
    /// <summary>The request as a query string, e.g. for download links and the link to share.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("metric", Metric);
        Add("set", Set);
        foreach (var code in Orgs ?? [])
        {
            Add("orgs", code);
        }
        Add("k", K?.ToString(CultureInfo.InvariantCulture));
        Add("benchmark", Benchmark);
        Add("snapshot", Snapshot?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // A percentage, as the trends page's form asks for it.
        Add("target", (Target * 100)?.ToString("0.##", CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }
}
