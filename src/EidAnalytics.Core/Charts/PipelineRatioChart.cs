using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The pipeline chart: at each level, women's share there divided by women's share at the level
/// below, as a point with its 95% interval, against a reference line at 1.0 (the same share).
/// </summary>
public static class PipelineRatioChart
{
    /// <summary>Keeps the reference line at 1.0 below the top of the axis so both sides of it show.</summary>
    private const double MinimumAxisMax = 1.5;

    private const string ReferenceLabel = "1.0 = same share as the level below";

    /// <summary>Draws the chart as SVG text to embed in a page.</summary>
    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="ratios">One entry per level from level 2 up, labelled e.g. "2 Junior"; a ratio that
    /// cannot be computed (no women at the level below) is null with a note.</param>
    public static string Render(string id, string title, IReadOnlyList<IntervalValue> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        var axis = ValueAxis.Fit(ValueFormat.Ratio, ChartData.Extent(ratios, band: null), MinimumAxisMax);
        LegendItem[] legend = [LegendItem.ForLine(ReferenceLabel, ColumnChart.ReferenceStroke), LegendItem.Interval()];
        return ColumnChart.Render(new ColumnChartSpec(
            id, title, Describe(ratios), ratios, axis, ColumnMark.Point, legend, ReferenceValue: 1));
    }

    private static string Describe(IReadOnlyList<IntervalValue> ratios)
    {
        var text = new StringBuilder(
            "Chart of the pipeline ratio at each level: women's share at the level divided by women's share "
            + "at the level below, with 95% intervals. A ratio of 1.00 means the same share as the level below; "
            + "less than 1.00, a smaller share.");
        foreach (var ratio in ratios)
        {
            text.Append(' ').Append(ChartFormat.Sentence(ratio, ValueFormat.Ratio)).Append('.');
        }
        return text.ToString();
    }
}
