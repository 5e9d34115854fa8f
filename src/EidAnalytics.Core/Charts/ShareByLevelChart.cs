using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The dashboard's main chart: women's share of staff at each level as columns, each with its 95%
/// interval as a whisker and its value written above, over the baseline band shaded across the plot.
/// </summary>
public static class ShareByLevelChart
{
    /// <summary>
    /// Draws the chart as SVG text to embed in a page.
    /// </summary>
    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name, e.g. "Women's share of IT staff by level".</param>
    /// <param name="levels">One entry per level in display order, labelled e.g. "1 Trainee"; shares as fractions.</param>
    /// <param name="band">The baseline band to shade, e.g. 0.12 to 0.16; none when null.</param>
    /// <param name="axis">Whether the value axis fits the data or always runs 0–100%.</param>
    public static string Render(
        string id,
        string title,
        IReadOnlyList<IntervalValue> levels,
        ReferenceBand? band = null,
        ShareAxis axis = ShareAxis.Auto)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var valueAxis = axis == ShareAxis.Full
            ? ValueAxis.FullShare
            : ValueAxis.Fit(ValueFormat.Percent, ChartData.Extent(levels, band));
        var legend = new List<LegendItem>();
        if (band is not null)
        {
            legend.Add(LegendItem.Band(ChartFormat.Band(band, ValueFormat.Percent)));
        }
        legend.Add(LegendItem.Interval());
        return ColumnChart.Render(new ColumnChartSpec(
            id, title, Describe(levels, band), levels, valueAxis, ColumnMark.Bar, legend, Band: band));
    }

    private static string Describe(IReadOnlyList<IntervalValue> levels, ReferenceBand? band)
    {
        var text = new StringBuilder(
            $"Bar chart of women's share of staff at each of {levels.Count} levels, with 95% intervals.");
        foreach (var level in levels)
        {
            text.Append(' ').Append(ChartFormat.Sentence(level, ValueFormat.Percent)).Append('.');
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, ValueFormat.Percent)).Append('.');
        }
        return text.ToString();
    }
}
