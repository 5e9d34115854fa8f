using EidAnalytics.Core.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EidAnalytics.Charts;

/// <summary>
/// How every chart looks: GOV.UK Frontend colours (no red or green: higher is not simply better for these
/// figures, and every mark also carries a label or a shape so colour is never the only cue), text sizes
/// chosen so that a 640-unit-wide chart printed 160 mm wide keeps every word at 9 pt or more, and text in
/// colours of at least 4.5:1 contrast on white.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 640;

    /// <summary>Smallest text: 13 units × (160 mm / 640 units) ≈ 9.2 pt printed.</summary>
    public const float SmallText = 13;

    public const float LabelText = 14;

    public static readonly Color Ink = Color.FromHex("#0b0c0c");
    public static readonly Color Blue = Color.FromHex("#1d70b8");

    /// <summary>7.0:1 on white: tick labels and notes.</summary>
    public static readonly Color DarkGrey = Color.FromHex("#505a5f");
    public static readonly Color MidGrey = Color.FromHex("#b1b4b6");
    public static readonly Color LightGrey = Color.FromHex("#e8e8e8");
    public static readonly Color White = Color.FromHex("#ffffff");

    /// <summary>A new plot in the house style: the shipped font, white ground, light gridlines, no top or right frame.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Ensure());
        plot.FigureBackground.Color = White;
        plot.DataBackground.Color = White;
        plot.Grid.MajorLineColor = LightGrey;
        plot.Grid.MajorLineWidth = 1;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = SmallText;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.Label.FontSize = LabelText;
            axis.Label.ForeColor = Ink;
            axis.Label.Bold = false;
            axis.FrameLineStyle.Color = DarkGrey;
            axis.MajorTickStyle.Color = DarkGrey;
            axis.MinorTickStyle.Length = 0;
        }
        // Room for the last tick label at the right and top edges.
        plot.Axes.Right.MinimumSize = 24;
        plot.Axes.Top.MinimumSize = 8;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }

    /// <summary>Puts a model's axis on a plot's axis: its range and its labelled gridlines, nothing automatic.</summary>
    public static void Apply(Plot plot, IAxis axis, ChartAxis model, Func<double, double>? position = null)
    {
        position ??= v => v;
        axis.TickGenerator = new NumericManual(
            model.Ticks.Select(t => position(t.Value)).ToArray(), model.Ticks.Select(t => t.Label).ToArray());
        Limits(plot, axis, position(model.Min), position(model.Max));
    }

    /// <summary>Fixes an axis's range so ScottPlot never rescales it to the data.</summary>
    public static void Limits(Plot plot, IAxis axis, double min, double max)
    {
        if (axis is IXAxis x)
        {
            plot.Axes.SetLimitsX(min, max, x);
        }
        else
        {
            plot.Axes.SetLimitsY(min, max, (IYAxis)axis);
        }
    }

    /// <summary>Category labels along an axis at 0, 1, 2…, wrapped to fit their slot; no gridlines of their own.</summary>
    public static void Categories(IAxis axis, IReadOnlyList<string> labels, int wrapAt, Func<int, double>? position = null)
    {
        position ??= i => i;
        axis.TickGenerator = new NumericManual(
            labels.Select((_, i) => position(i)).ToArray(), labels.Select(l => Wrap(l, wrapAt)).ToArray());
        axis.MajorTickStyle.Length = 0;
    }

    /// <summary>The band shaded across the plot with dashed edges, so it survives greyscale print.</summary>
    public static void Band(Plot plot, ReferenceBand band, bool across)
    {
        var (low, high) = (Math.Min(band.Low, band.High), Math.Max(band.Low, band.High));
        IPlottable span = across ? plot.Add.VerticalSpan(low, high, LightGrey) : plot.Add.HorizontalSpan(low, high, LightGrey);
        ((ScottPlot.Plottables.AxisSpan)span).LineWidth = 0;
        foreach (var edge in new[] { low, high })
        {
            ScottPlot.Plottables.AxisLine line = across ? plot.Add.HorizontalLine(edge) : plot.Add.VerticalLine(edge);
            line.LineColor = DashedLines.Key(DarkGrey);
            line.LineWidth = 1;
            line.ExcludeFromLegend = true;
        }
    }

    /// <summary>A new legend list, with the band first when there is one, shaded across (or, for rows, along) the plot.</summary>
    public static List<LegendItem> BandFirst(Plot plot, ReferenceBand? band, ValueFormat format, bool across = true)
    {
        var legend = new List<LegendItem>();
        if (band is not null)
        {
            Band(plot, band, across);
            legend.Add(BandItem(band, format));
        }
        return legend;
    }

    /// <summary>A legend above the plot, outside it, so no curve or point is ever drawn across it.</summary>
    public static void Legend(Plot plot, IEnumerable<LegendItem> items)
    {
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.FontSize = SmallText;
        plot.Legend.FontColor = Ink;
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Top);
    }

    public static LegendItem BandItem(ReferenceBand band, ValueFormat format) => new()
    {
        LabelText = ChartFormat.Band(band, format),
        FillColor = LightGrey,
        LineColor = DashedLines.Key(DarkGrey),
        LineWidth = 1,
    };

    /// <summary>A line sample; pass a <see cref="DashedLines.Key"/> colour for a dashed one.</summary>
    public static LegendItem LineItem(string label, Color colour, float width = 2) => new()
    {
        LabelText = label,
        LineColor = colour,
        LineWidth = width,
    };

    public static LegendItem MarkerItem(string label, Color colour, MarkerShape shape) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerFillColor = colour,
        MarkerLineColor = colour,
        MarkerSize = 10,
        LineWidth = 0,
    };

    public static LegendItem IntervalItem() => LineItem("95% interval", Ink, 1.5f);

    /// <summary>Text placed in data units, e.g. a value above its bar.</summary>
    public static ScottPlot.Plottables.Text Text(
        Plot plot, string text, double x, double y, Alignment alignment, Color colour, float size = SmallText, bool bold = false)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFonts.Family;
        label.LabelFontSize = size;
        label.LabelFontColor = colour;
        label.LabelBold = bold;
        label.LabelAlignment = alignment;
        return label;
    }

    /// <summary>
    /// Breaks text at spaces, and after slashes ("Lead/" "principal"), into lines of at most
    /// <paramref name="width"/> characters where it can, for category labels under narrow slots.
    /// </summary>
    public static string Wrap(string text, int width)
    {
        var words = text.Replace("/", "/ ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            var joined = line.Length == 0 ? word : line.EndsWith('/') ? line + word : line + " " + word;
            if (line.Length > 0 && joined.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = joined;
            }
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }
}
