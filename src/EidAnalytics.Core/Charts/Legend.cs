namespace EidAnalytics.Core.Charts;

/// <summary>One legend entry: the words, and how to draw a small sample of the mark beside them.</summary>
internal sealed record LegendItem(string Label, Action<SvgWriter, double, double> DrawSymbol)
{
    public const double SymbolWidth = 16;

    public static LegendItem Band(string label) => new(label, (svg, x, middle) =>
    {
        svg.Rect("legend-symbol", x, middle - 5, SymbolWidth, 10, Palette.LightGrey);
        svg.Line("legend-symbol", x, middle - 5, x + SymbolWidth, middle - 5, Palette.BandEdge);
        svg.Line("legend-symbol", x, middle + 5, x + SymbolWidth, middle + 5, Palette.BandEdge);
    });

    public static LegendItem Interval() => new("95% interval", (svg, x, middle) =>
    {
        svg.Line("legend-symbol", x, middle, x + SymbolWidth, middle, Palette.Whisker);
        svg.Line("legend-symbol", x, middle - 4, x, middle + 4, Palette.Whisker);
        svg.Line("legend-symbol", x + SymbolWidth, middle - 4, x + SymbolWidth, middle + 4, Palette.Whisker);
    });

    public static LegendItem ForLine(string label, Stroke line) => new(label, (svg, x, middle) =>
        svg.Line("legend-symbol", x, middle, x + SymbolWidth, middle, line));

    public static LegendItem Swatch(string label, string fill) => new(label, (svg, x, middle) =>
        svg.Rect("legend-symbol", x, middle - 5, SymbolWidth, 10, fill));
}

/// <summary>
/// A legend across the top of a chart, wrapping onto more rows when the entries do not fit. It is
/// laid out when built so the chart can start its plot below <see cref="Bottom"/>.
/// </summary>
internal sealed class Legend
{
    private const double FirstBaseline = 20;
    private const double RowHeight = 20;
    private const double SymbolGap = 6;
    private const double ItemGap = 20;

    private readonly List<(LegendItem Item, double X, int Row)> placed = [];

    public Legend(IEnumerable<LegendItem> items, double left, double right)
    {
        var x = left;
        var row = 0;
        foreach (var item in items)
        {
            var width = LegendItem.SymbolWidth + SymbolGap + TextFit.Width(item.Label, Palette.LabelSize);
            if (x > left && x + width > right)
            {
                row++;
                x = left;
            }
            placed.Add((item, x, row));
            x += width + ItemGap;
        }
    }

    /// <summary>The first y below the legend (8 when there is no legend).</summary>
    public double Bottom => 8 + (RowHeight * (placed.Count == 0 ? 0 : placed[^1].Row + 1));

    public void Draw(SvgWriter svg)
    {
        if (placed.Count == 0)
        {
            return;
        }
        svg.StartGroup("legend");
        foreach (var (item, x, row) in placed)
        {
            var baseline = FirstBaseline + (row * RowHeight);
            item.DrawSymbol(svg, x, baseline - 4.5);
            svg.Text("legend-label", x + LegendItem.SymbolWidth + SymbolGap, baseline, item.Label, new TextStyle(Palette.LabelSize));
        }
        svg.EndGroup();
    }
}
