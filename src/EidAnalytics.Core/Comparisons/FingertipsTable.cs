using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// Downloads in the columns of Public Health England's Fingertips data exports (value, count, denominator,
/// 95% and 99.8% limits, compared with the benchmark, recent trend, value note). Suppressed figures read
/// <c>[c]</c>; an area without data has empty cells and says so in the note. Beside Fingertips' value (a fraction,
/// to 4 decimal places) a "Value (%)" column gives it as the pages do, out of 100 to 1 decimal place.
/// </summary>
public static class FingertipsTable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Indicator ID", "Indicator", "Area code", "Area name", "Area type", "Time period",
        "Value", "Value (%)", "Count", "Denominator",
        "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit",
        "Benchmark", "Benchmark value", "Compared to benchmark", "Recent trend", "Value note",
    ];

    public static DownloadTable Build(IEnumerable<FigureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DownloadTable(Columns, rows.Select(Cells).ToList());
    }

    private static IReadOnlyList<object?> Cells(FigureRow row)
    {
        const string C = PublishedRelease.NotShown;
        var figure = row.Figure;
        var ci95 = figure?.Interval();
        var ci998 = figure?.Interval(ControlLimits.Z998);
        object? Proportion(double? value) => figure is null ? null : value is { } v ? new Fraction(v) : C;
        object? Percent(double? value) => figure is null ? null : value is { } v ? new Percentage(v) : C;
        object? Whole(long? value) => figure is null ? null : value is { } v ? v : C;
        var note = figure switch
        {
            null => "No data for this snapshot",
            { IsSuppressed: true } => $"[c] Share not shown: {figure.Reason ?? "no one in the denominator"}",
            _ => figure.Reason,
        };
        return
        [
            row.Metric.Id, row.Metric.Name, row.AreaCode, row.AreaName, row.AreaType, row.Snapshot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Proportion(figure?.Value), Percent(figure?.Value), Whole(figure?.Count), Whole(figure?.Denominator),
            Proportion(ci95?.Low), Proportion(ci95?.High), Proportion(ci998?.Low), Proportion(ci998?.High),
            row.BenchmarkName, row.Benchmark is { } benchmark ? new Fraction(benchmark) : null,
            figure is null ? null : figure.IsSuppressed || row.Benchmark is null ? C : ComparisonWords.Comparison(figure.Compare(row.Benchmark)),
            row.TrendSuppressed ? C : row.Trend is null ? null : ComparisonWords.Trend(row.Trend),
            note,
        ];
    }
}
