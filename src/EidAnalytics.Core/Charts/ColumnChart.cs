namespace EidAnalytics.Core.Charts;

internal enum ColumnMark
{
    Bar,
    Point,
}

/// <summary>What a column chart shows; the public charts fill this in with their own words.</summary>
internal sealed record ColumnChartSpec(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<IntervalValue> Items,
    ValueAxis Axis,
    ColumnMark Mark,
    IReadOnlyList<LegendItem> LegendItems,
    ReferenceBand? Band = null,
    double? ReferenceValue = null);

/// <summary>
/// The layout shared by the level and pipeline charts: one slot per item across the page, the
/// value axis running up, each value written above its mark and its interval, and a missing value
/// leaving its slot empty but for the note that explains why.
/// </summary>
internal static class ColumnChart
{
    public const double Width = 640;
    public const double PlotLeft = 56;
    public const double PlotWidth = 568;
    public const double PlotHeight = 300;

    /// <summary>Room above the plot for a value label over an interval that reaches the top.</summary>
    private const double LabelRoom = 20;

    /// <summary>Room below the plot for two lines of category label.</summary>
    private const double CategoryRoom = 52;

    private const double MaxBarWidth = 56;
    private const double PointRadius = 6;

    public static readonly Stroke ReferenceStroke = new(Palette.Ink, 1.5, "6 4");

    public static string Render(ColumnChartSpec spec)
    {
        var legend = new Legend(spec.LegendItems, PlotLeft, PlotLeft + PlotWidth);
        var plot = new PlotArea(PlotLeft, legend.Bottom + LabelRoom, PlotWidth, PlotHeight);
        var frame = new ChartFrame(spec.Id, Width, plot.Bottom + CategoryRoom, spec.Title, spec.Description);
        var scale = spec.Axis.Scale(plot.Bottom, plot.Top);
        return SvgWriter.Document(frame, svg =>
        {
            legend.Draw(svg);
            if (spec.Band is not null)
            {
                ChartParts.Band(svg, spec.Band, scale, plot, ValueDirection.Up);
            }
            ChartParts.Gridlines(svg, spec.Axis, scale, plot, ValueDirection.Up);
            if (spec.ReferenceValue is { } reference)
            {
                var y = scale.MapClamped(reference);
                svg.Line("reference-line", plot.Left, y, plot.Right, y, ReferenceStroke);
            }
            var slotWidth = plot.Width / Math.Max(1, spec.Items.Count);
            for (var i = 0; i < spec.Items.Count; i++)
            {
                Slot(svg, spec, spec.Items[i], plot.Left + (slotWidth * (i + 0.5)), slotWidth, scale, plot);
            }
        });
    }

    private static void Slot(SvgWriter svg, ColumnChartSpec spec, IntervalValue item, double centre, double slotWidth, LinearScale scale, PlotArea plot)
    {
        svg.StartGroup("slot");
        if (ChartData.HasValue(item))
        {
            var value = item.Value!.Value;
            var y = scale.MapClamped(value);
            var interval = ChartData.Interval(item);
            if (spec.Mark == ColumnMark.Bar)
            {
                var barWidth = Math.Min(MaxBarWidth, slotWidth * 0.6);
                svg.Rect("bar", centre - (barWidth / 2), y, barWidth, plot.Bottom - y, Palette.Blue);
            }
            if (interval is { } whisker)
            {
                ChartParts.Whisker(svg, centre, whisker, scale, ValueDirection.Up);
            }
            var valueStyle = new TextStyle(Palette.LabelSize, TextAnchor.Middle, Bold: true);
            var valueText = ChartFormat.Value(value, spec.Axis.Format);
            if (spec.Mark == ColumnMark.Point)
            {
                // Beside the point rather than above the whisker, which may end far from it.
                svg.Circle("point", centre, y, PointRadius, Palette.Blue);
                svg.Text("value-label", centre + PointRadius + 6, y + 4, valueText,
                    valueStyle with { Anchor = TextAnchor.Start, Halo = true });
            }
            else
            {
                var top = interval is { } above ? Math.Min(y, scale.MapClamped(above.High)) : y;
                svg.Text("value-label", centre, top - 6, valueText, valueStyle);
            }
        }
        else
        {
            var noteStyle = new TextStyle(Palette.SmallSize, TextAnchor.Middle, Italic: true, Colour: Palette.DarkGrey);
            var lines = TextFit.Wrap(item.Note ?? "no figure", slotWidth - 8, noteStyle.Size);
            svg.Text("note", centre, plot.Bottom - 8 - (noteStyle.LineHeight * (lines.Count - 1)), lines, noteStyle);
        }
        var labelStyle = new TextStyle(Palette.LabelSize, TextAnchor.Middle);
        svg.Text("category-label", centre, plot.Bottom + 20, TextFit.Wrap(item.Label, slotWidth - 8, labelStyle.Size), labelStyle);
        svg.EndGroup();
    }
}
