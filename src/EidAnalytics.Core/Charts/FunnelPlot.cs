using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// A funnel plot in the manner of Public Health England's Fingertips: each point is an organisation
/// placed by its denominator (across) and value (up), against a benchmark line and the 95% and
/// 99.8% control limits around it, which narrow as the denominator grows. The limits are computed
/// elsewhere and passed in; curves are clipped to the plot. One point can be highlighted (a labelled
/// square), and a band can be shaded behind.
/// </summary>
public static class FunnelPlot
{
    private const double Width = 640;
    private const double PlotLeft = 72;
    private const double PlotWidth = 544;
    private const double PlotHeight = 300;
    private const double PointRadius = 4;
    private const double HighlightSize = 10;

    private static readonly Stroke BenchmarkStroke = new(Palette.Ink, 2);
    private static readonly Stroke Limit95Stroke = new(Palette.DarkGrey, 1.5, "6 4");
    private static readonly Stroke Limit998Stroke = new(Palette.DarkGrey, 1.5, "2 3");

    /// <summary>Draws the chart as SVG text to embed in a page.</summary>
    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="valueName">The vertical axis title, e.g. "Women's share".</param>
    /// <param name="denominatorName">The horizontal axis title, e.g. "Staff in the IT function".</param>
    /// <param name="points">The organisations or groups to plot; a point without a finite denominator and value is left out.</param>
    /// <param name="benchmark">The value the limits are drawn around, e.g. 0.14.</param>
    /// <param name="limits">The 95% and 99.8% control limits as curves in data units.</param>
    /// <param name="format">How values are written and the vertical axis scaled.</param>
    /// <param name="highlightLabel">The label of the point to highlight (exact match), or null.</param>
    /// <param name="band">A band to shade, e.g. the baseline band; none when null.</param>
    public static string Render(
        string id,
        string title,
        string valueName,
        string denominatorName,
        IReadOnlyList<FunnelPoint> points,
        double benchmark,
        FunnelLimits limits,
        ValueFormat format = ValueFormat.Percent,
        string? highlightLabel = null,
        ReferenceBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(limits);
        var plotted = points.Where(p => double.IsFinite(p.Denominator) && double.IsFinite(p.Value)).ToList();
        var legendItems = new List<LegendItem>();
        if (band is not null)
        {
            legendItems.Add(LegendItem.Band(ChartFormat.Band(band, format)));
        }
        legendItems.Add(LegendItem.ForLine($"Benchmark {ChartFormat.Value(benchmark, format)}", BenchmarkStroke));
        legendItems.Add(LegendItem.ForLine("95% limits", Limit95Stroke));
        legendItems.Add(LegendItem.ForLine("99.8% limits", Limit998Stroke));
        var legend = new Legend(legendItems, PlotLeft, PlotLeft + PlotWidth);
        var plot = new PlotArea(PlotLeft, legend.Bottom + 12, PlotWidth, PlotHeight);

        var yAxis = ValueAxis.Fit(
            format, plotted.Select(p => p.Value).Append(benchmark).Append(band is null ? 0 : Math.Max(band.Low, band.High)));
        var xAxis = ValueAxis.Fit(ValueFormat.Count, plotted.Select(p => p.Denominator));
        var y = yAxis.Scale(plot.Bottom, plot.Top);
        var x = xAxis.Scale(plot.Left, plot.Right);
        var frame = new ChartFrame(id, Width, plot.Bottom + 52, title,
            Describe(valueName, denominatorName, plotted, benchmark, format, highlightLabel, band));
        var clipId = $"{id}-plot";

        return SvgWriter.Document(frame, svg =>
        {
            svg.ClipPath(clipId, plot);
            legend.Draw(svg);
            if (band is not null)
            {
                ChartParts.Band(svg, band, y, plot, ValueDirection.Up);
            }
            ChartParts.Gridlines(svg, xAxis, x, plot, ValueDirection.Right);
            ChartParts.Gridlines(svg, yAxis, y, plot, ValueDirection.Up);
            var axisTitle = new TextStyle(Palette.LabelSize, TextAnchor.Middle);
            svg.Text("axis-title", plot.Left + (plot.Width / 2), plot.Bottom + 40, denominatorName, axisTitle);
            svg.Text("axis-title", 18, plot.Top + (plot.Height / 2), valueName, axisTitle with { Upright = true });

            svg.StartGroup("limits", clipId);
            Curve(svg, "limit limit-95", limits.Lower95, x, y, Limit95Stroke);
            Curve(svg, "limit limit-95", limits.Upper95, x, y, Limit95Stroke);
            Curve(svg, "limit limit-998", limits.Lower998, x, y, Limit998Stroke);
            Curve(svg, "limit limit-998", limits.Upper998, x, y, Limit998Stroke);
            svg.EndGroup();
            var benchmarkY = y.MapClamped(benchmark);
            svg.Line("benchmark", plot.Left, benchmarkY, plot.Right, benchmarkY, BenchmarkStroke);

            // The highlighted point goes last so no other point covers it.
            svg.StartGroup("points");
            foreach (var point in plotted.Where(p => !IsHighlighted(p, highlightLabel)))
            {
                svg.Circle("point", x.MapClamped(point.Denominator), y.MapClamped(point.Value), PointRadius, Palette.DarkGrey);
            }
            foreach (var point in plotted.Where(p => IsHighlighted(p, highlightLabel)))
            {
                Highlight(svg, point, x.MapClamped(point.Denominator), y.MapClamped(point.Value), plot);
            }
            svg.EndGroup();
        });
    }

    private static bool IsHighlighted(FunnelPoint point, string? highlightLabel) =>
        string.Equals(point.Label, highlightLabel, StringComparison.Ordinal);

    private static void Curve(SvgWriter svg, string cssClass, IReadOnlyList<ChartPoint> curve, LinearScale x, LinearScale y, Stroke stroke)
    {
        var drawable = curve.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).Select(p => (x.Map(p.X), y.Map(p.Y))).ToList();
        if (drawable.Count > 1)
        {
            svg.Polyline(cssClass, drawable, stroke);
        }
    }

    /// <summary>A labelled square, the label turned to whichever side of the point has room.</summary>
    private static void Highlight(SvgWriter svg, FunnelPoint point, double cx, double cy, PlotArea plot)
    {
        svg.StartGroup("highlighted");
        svg.Rect("point", cx - (HighlightSize / 2), cy - (HighlightSize / 2), HighlightSize, HighlightSize, Palette.Blue);
        var style = new TextStyle(Palette.LabelSize, Bold: true, Halo: true);
        var fitsRight = cx + 10 + TextFit.Width(point.Label, style.Size) <= plot.Right;
        svg.Text("point-label", fitsRight ? cx + 10 : cx - 10, cy - 8, point.Label,
            style with { Anchor = fitsRight ? TextAnchor.Start : TextAnchor.End });
        svg.EndGroup();
    }

    private static string Describe(
        string valueName,
        string denominatorName,
        List<FunnelPoint> points,
        double benchmark,
        ValueFormat format,
        string? highlightLabel,
        ReferenceBand? band)
    {
        var text = new StringBuilder(
            $"Funnel plot of {valueName} against {denominatorName} for {points.Count} points, with 95% and 99.8% "
            + $"control limits around the benchmark of {ChartFormat.Value(benchmark, format)}.");
        foreach (var point in points)
        {
            text.Append(' ').Append(point.Label).Append(": ").Append(ChartFormat.Value(point.Value, format))
                .Append(" (").Append(denominatorName).Append(": ").Append(ChartFormat.Value(point.Denominator, ValueFormat.Count))
                .Append(").");
        }
        if (highlightLabel is not null && points.Any(p => IsHighlighted(p, highlightLabel)))
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
