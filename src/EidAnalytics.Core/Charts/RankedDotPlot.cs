using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// A ranking that shows its uncertainty: one row per organisation or group, highest value first,
/// each a point with its 95% interval and its value written at the end of the row, so overlapping
/// intervals show where a difference in rank means little. One item can be highlighted (bold label
/// and a square marker), and a band can be shaded behind.
/// </summary>
public static class RankedDotPlot
{
    private const double Width = 640;
    private const double Margin = 8;
    private const double MinLabelWidth = 80;
    private const double MaxLabelWidth = 240;
    private const double ValueColumn = 72;
    private const double RowHeight = 24;
    private const double PointRadius = 5;
    private const double HighlightSize = 12;

    /// <summary>Draws the chart as SVG text to embed in a page.</summary>
    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="valueName">What the values are, for the description, e.g. "women's share of IT staff".</param>
    /// <param name="items">The items in any order; they are drawn highest first, items without a value last.</param>
    /// <param name="format">How values are written and the axis scaled.</param>
    /// <param name="highlightLabel">The label of the item to highlight (exact match), or null.</param>
    /// <param name="band">A band to shade, e.g. the baseline band; none when null.</param>
    public static string Render(
        string id,
        string title,
        string valueName,
        IReadOnlyList<IntervalValue> items,
        ValueFormat format = ValueFormat.Percent,
        string? highlightLabel = null,
        ReferenceBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ranked = items.Where(ChartData.HasValue)
            .OrderByDescending(item => item.Value)
            .ThenBy(item => item.Label, StringComparer.Ordinal)
            .Concat(items.Where(item => !ChartData.HasValue(item)))
            .ToList();
        var labelStyle = new TextStyle(Palette.LabelSize, TextAnchor.End);
        var labelWidth = Math.Clamp(
            ranked.Select(item => TextFit.Width(item.Label, labelStyle.Size)).DefaultIfEmpty(0).Max(), MinLabelWidth, MaxLabelWidth);

        var legendItems = new List<LegendItem>();
        if (band is not null)
        {
            legendItems.Add(LegendItem.Band(ChartFormat.Band(band, format)));
        }
        legendItems.Add(LegendItem.Interval());
        var legend = new Legend(legendItems, Margin, Width - Margin);
        var plotLeft = Margin + labelWidth + 12;
        var plot = new PlotArea(plotLeft, legend.Bottom + 12, Width - ValueColumn - plotLeft, RowHeight * Math.Max(1, ranked.Count));
        var axis = ValueAxis.Fit(format, ChartData.Extent(ranked, band));
        var scale = axis.Scale(plot.Left, plot.Right);
        var frame = new ChartFrame(id, Width, plot.Bottom + 28, title, Describe(valueName, ranked, format, highlightLabel, band));

        return SvgWriter.Document(frame, svg =>
        {
            legend.Draw(svg);
            if (band is not null)
            {
                ChartParts.Band(svg, band, scale, plot, ValueDirection.Right);
            }
            ChartParts.Gridlines(svg, axis, scale, plot, ValueDirection.Right);
            for (var i = 0; i < ranked.Count; i++)
            {
                var item = ranked[i];
                var highlighted = string.Equals(item.Label, highlightLabel, StringComparison.Ordinal);
                var middle = plot.Top + (RowHeight * (i + 0.5));
                svg.StartGroup(highlighted ? "row highlighted" : "row");
                svg.Text("category-label", plot.Left - 12, middle + 4,
                    TextFit.Truncate(item.Label, labelWidth, labelStyle.Size), labelStyle with { Bold = highlighted });
                if (ChartData.HasValue(item))
                {
                    var value = item.Value!.Value;
                    if (ChartData.Interval(item) is { } interval)
                    {
                        ChartParts.Whisker(svg, middle, interval, scale, ValueDirection.Right);
                    }
                    var x = scale.MapClamped(value);
                    if (highlighted)
                    {
                        svg.Rect("point", x - (HighlightSize / 2), middle - (HighlightSize / 2), HighlightSize, HighlightSize, Palette.Blue);
                    }
                    else
                    {
                        svg.Circle("point", x, middle, PointRadius, Palette.DarkGrey);
                    }
                    svg.Text("value-label", Width - Margin, middle + 4, ChartFormat.Value(value, format),
                        new TextStyle(Palette.LabelSize, TextAnchor.End, Bold: highlighted));
                }
                else
                {
                    svg.Text("note", plot.Left + 4, middle + 4, item.Note ?? "no figure",
                        new TextStyle(Palette.SmallSize, Italic: true, Colour: Palette.DarkGrey));
                }
                svg.EndGroup();
            }
        });
    }

    private static string Describe(
        string valueName, List<IntervalValue> ranked, ValueFormat format, string? highlightLabel, ReferenceBand? band)
    {
        var text = new StringBuilder(
            $"Dot plot of {valueName} for {ranked.Count} items, from highest to lowest, with 95% intervals.");
        var rank = 0;
        foreach (var item in ranked)
        {
            text.Append(' ');
            if (ChartData.HasValue(item))
            {
                text.Append(++rank).Append(". ");
            }
            text.Append(ChartFormat.Sentence(item, format)).Append('.');
        }
        if (highlightLabel is not null && ranked.Any(item => string.Equals(item.Label, highlightLabel, StringComparison.Ordinal)))
        {
            text.Append(" Highlighted: ").Append(highlightLabel).Append('.');
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, format)).Append('.');
        }
        return text.ToString();
    }
}
