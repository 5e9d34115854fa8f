using System.Globalization;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>
/// Dashed and dotted lines that come out as real SVG dashes. Skia's SVG canvas cannot write a dash
/// pattern: it turns every dash into filled geometry and complains on stderr each time. So dashed lines
/// are drawn solid in a key colour one step from the real one, and the finished SVG gives each key
/// colour its real colour and a stroke-dasharray. Legend samples use the same colours, so they match.
/// </summary>
internal static class DashedLines
{
    private static readonly (Color Key, Color Real, string Dashes)[] Styles =
    [
        (Color.FromHex("#0b0c0d"), ChartStyle.Ink, "6 4"),
        (Color.FromHex("#505a5e"), ChartStyle.DarkGrey, "6 4"),
        (Color.FromHex("#505a5d"), ChartStyle.DarkGrey, "2 3"),
    ];

    /// <summary>The key colour for a dashed (or dotted) line of <paramref name="colour"/>.</summary>
    public static Color Key(Color colour, bool dotted = false) =>
        Styles.First(s => s.Real == colour && (s.Dashes == "2 3") == dotted).Key;

    /// <summary>Turns key-coloured strokes into dashed strokes of their real colour.</summary>
    public static string Apply(string svg)
    {
        foreach (var (key, real, dashes) in Styles)
        {
            svg = svg.Replace($"stroke=\"{Hex(key)}\"", $"stroke=\"{Hex(real)}\" stroke-dasharray=\"{dashes}\"", StringComparison.Ordinal);
        }
        return svg;
    }

    private static string Hex(Color colour) =>
        string.Create(CultureInfo.InvariantCulture, $"#{colour.R:X2}{colour.G:X2}{colour.B:X2}");
}
