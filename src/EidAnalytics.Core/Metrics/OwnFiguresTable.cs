using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// An organisation's own figures of one dataset version as a table to download (CSV or XLSX): a row per
/// scope and metric, with the same values as the API's JSON. Proportions are given as a fraction to four
/// places and as a percentage to one; ratios and pay gaps (percentages already) to four places.
/// </summary>
public static class OwnFiguresTable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Organisation code", "Snapshot date", "Scope", "Metric id", "Value", "Percentage",
        "Numerator", "Denominator", "Lower 95% limit", "Upper 95% limit", "Category", "Why there is no value",
    ];

    public static DownloadTable Build(OrganisationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new DownloadTable(Columns, [.. metrics.Scopes.SelectMany(scope => scope.Metrics.Select(m => Row(metrics, scope.Scope, m)))]);
    }

    /// <summary>
    /// Whether a metric's value is a proportion (shown as a percentage): every figure but the ratios
    /// (relative likelihoods, pipeline and odds ratios) and the pay gaps, which are percentages already.
    /// </summary>
    public static bool IsProportion(string metricId)
    {
        ArgumentNullException.ThrowIfNull(metricId);
        return !(metricId.Contains("ratio", StringComparison.Ordinal) || metricId.Contains("likelihood", StringComparison.Ordinal)
            || metricId.Contains("gap", StringComparison.Ordinal));
    }

    private static object?[] Row(OrganisationMetrics metrics, string scope, MetricValue m) =>
    [
        metrics.OrganisationCode, metrics.SnapshotDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), scope, m.Id,
        Round(m.Value, 4), IsProportion(m.Id) ? Round(m.Value * 100, 1) : null,
        Round(m.Numerator, 4), Round(m.Denominator, 4), Round(m.CiLow, 4), Round(m.CiHigh, 4), m.Category, m.Reason,
    ];

    private static double? Round(double? value, int places) => value is { } v ? Math.Round(v, places, MidpointRounding.AwayFromZero) : null;
}
