using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The pay quartile chart: one 100%-stacked bar per quartile, women then men, with both shares
/// written beneath each bar so the chart reads without colour.
/// </summary>
public static class PayQuartileChart
{
    private const double Width = 640;
    private const double LabelLeft = 8;
    private const double LabelWidth = 120;
    private const double BarLeft = 136;
    private const double BarWidth = 480;
    private const double BarHeight = 24;
    private const double RowHeight = 56;

    /// <summary>Draws the chart as SVG text to embed in a page.</summary>
    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="quartiles">The quartiles from lowest to highest paid, labelled e.g. "Lower quartile".</param>
    public static string Render(string id, string title, IReadOnlyList<PayQuartileShare> quartiles)
    {
        ArgumentNullException.ThrowIfNull(quartiles);
        var legend = new Legend(
            [LegendItem.Swatch("Women", Palette.Blue), LegendItem.Swatch("Men", Palette.MidGrey)], BarLeft, BarLeft + BarWidth);
        var top = legend.Bottom + 12;
        var frame = new ChartFrame(id, Width, top + (RowHeight * quartiles.Count) + 8, title, Describe(quartiles));
        return SvgWriter.Document(frame, svg =>
        {
            legend.Draw(svg);
            for (var i = 0; i < quartiles.Count; i++)
            {
                Row(svg, quartiles[i], top + (RowHeight * i));
            }
        });
    }

    private static void Row(SvgWriter svg, PayQuartileShare quartile, double top)
    {
        var middle = top + (BarHeight / 2);
        svg.StartGroup("quartile");
        var labelStyle = new TextStyle(Palette.LabelSize);
        var label = TextFit.Wrap(quartile.Label, LabelWidth, labelStyle.Size);
        svg.Text("category-label", LabelLeft, middle + 4 - (labelStyle.LineHeight * (label.Count - 1) / 2), label, labelStyle);
        if (quartile.WomenShare is { } share && double.IsFinite(share))
        {
            var women = Math.Clamp(share, 0, 1);
            var womenWidth = women * BarWidth;
            svg.Rect("segment women", BarLeft, top, womenWidth, BarHeight, Palette.Blue);
            svg.Rect("segment men", BarLeft + womenWidth, top, BarWidth - womenWidth, BarHeight, Palette.MidGrey);
            var below = top + BarHeight + 16;
            svg.Text("value-label", BarLeft, below, $"Women {ChartFormat.Value(women, ValueFormat.Percent)}",
                new TextStyle(Palette.LabelSize));
            svg.Text("value-label", BarLeft + BarWidth, below, $"Men {ChartFormat.Value(1 - women, ValueFormat.Percent)}",
                new TextStyle(Palette.LabelSize, TextAnchor.End));
        }
        else
        {
            svg.Text("note", BarLeft, middle + 4, quartile.Note ?? "no figure",
                new TextStyle(Palette.SmallSize, Italic: true, Colour: Palette.DarkGrey));
        }
        svg.EndGroup();
    }

    private static string Describe(IReadOnlyList<PayQuartileShare> quartiles)
    {
        var text = new StringBuilder(
            "Stacked bar chart of women's and men's shares of staff in each pay quartile, from lowest to highest paid.");
        foreach (var quartile in quartiles)
        {
            text.Append(' ').Append(quartile.Label).Append(": ");
            if (quartile.WomenShare is { } share && double.IsFinite(share))
            {
                var women = Math.Clamp(share, 0, 1);
                text.Append("women ").Append(ChartFormat.Value(women, ValueFormat.Percent))
                    .Append(", men ").Append(ChartFormat.Value(1 - women, ValueFormat.Percent));
            }
            else
            {
                text.Append(quartile.Note is null ? "no figure" : $"no figure ({quartile.Note})");
            }
            text.Append('.');
        }
        return text.ToString();
    }
}
