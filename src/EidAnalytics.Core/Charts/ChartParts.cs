namespace EidAnalytics.Core.Charts;

/// <summary>Which way a chart's value axis runs: up the page (columns) or across it (rows).</summary>
internal enum ValueDirection
{
    Up,
    Right,
}

/// <summary>Marks that several charts share, drawn the same way in each.</summary>
internal static class ChartParts
{
    private const double CapHalfWidth = 6;

    /// <summary>Gridlines and tick labels for every tick, with the zero line drawn as the axis.</summary>
    public static void Gridlines(SvgWriter svg, ValueAxis axis, LinearScale scale, PlotArea plot, ValueDirection direction)
    {
        var tickStyle = new TextStyle(Palette.SmallSize, direction == ValueDirection.Up ? TextAnchor.End : TextAnchor.Middle, Colour: Palette.DarkGrey);
        svg.StartGroup("value-axis");
        foreach (var tick in axis.Ticks())
        {
            var at = scale.Map(tick);
            var cssClass = tick == 0 ? "axis" : "gridline";
            var stroke = tick == 0 ? Palette.Axis : Palette.Gridline;
            var label = ChartFormat.Tick(tick, axis.Format);
            if (direction == ValueDirection.Up)
            {
                svg.Line(cssClass, plot.Left, at, plot.Right, at, stroke);
                svg.Text("tick-label", plot.Left - 8, at + 4, label, tickStyle);
            }
            else
            {
                svg.Line(cssClass, at, plot.Top, at, plot.Bottom, stroke);
                svg.Text("tick-label", at, plot.Bottom + 16, label, tickStyle);
            }
        }
        svg.EndGroup();
    }

    /// <summary>The band shaded across the whole plot, with dashed edges so it survives greyscale print.</summary>
    public static void Band(SvgWriter svg, ReferenceBand band, LinearScale scale, PlotArea plot, ValueDirection direction)
    {
        var low = scale.MapClamped(Math.Min(band.Low, band.High));
        var high = scale.MapClamped(Math.Max(band.Low, band.High));
        svg.StartGroup("band");
        if (direction == ValueDirection.Up)
        {
            svg.Rect("band-area", plot.Left, high, plot.Width, low - high, Palette.LightGrey);
            svg.Line("band-edge", plot.Left, low, plot.Right, low, Palette.BandEdge);
            svg.Line("band-edge", plot.Left, high, plot.Right, high, Palette.BandEdge);
        }
        else
        {
            svg.Rect("band-area", low, plot.Top, high - low, plot.Height, Palette.LightGrey);
            svg.Line("band-edge", low, plot.Top, low, plot.Bottom, Palette.BandEdge);
            svg.Line("band-edge", high, plot.Top, high, plot.Bottom, Palette.BandEdge);
        }
        svg.EndGroup();
    }

    /// <summary>
    /// A 95% interval as a line with end caps, at <paramref name="across"/> on the other axis. An
    /// end beyond the axis is drawn to the axis edge without a cap, showing the interval runs on.
    /// </summary>
    public static void Whisker(SvgWriter svg, double across, (double Low, double High) interval, LinearScale scale, ValueDirection direction)
    {
        var low = scale.MapClamped(interval.Low);
        var high = scale.MapClamped(interval.High);
        if (direction == ValueDirection.Up)
        {
            svg.Line("whisker", across, low, across, high, Palette.Whisker);
        }
        else
        {
            svg.Line("whisker", low, across, high, across, Palette.Whisker);
        }
        foreach (var (end, at) in new[] { (interval.Low, low), (interval.High, high) })
        {
            if (!scale.Contains(end))
            {
                continue;
            }
            if (direction == ValueDirection.Up)
            {
                svg.Line("whisker-cap", across - CapHalfWidth, at, across + CapHalfWidth, at, Palette.Whisker);
            }
            else
            {
                svg.Line("whisker-cap", at, across - CapHalfWidth, at, across + CapHalfWidth, Palette.Whisker);
            }
        }
    }
}
