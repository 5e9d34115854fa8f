using System.Globalization;
using System.Text;
using System.Xml;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// Words and numbers as people read them on the chart and in its description, always in the
/// invariant culture ("18.8%", never "18,8%") so the briefing reads the same on any server.
/// </summary>
public static class ChartFormat
{
    public static string Value(double value, ValueFormat format) => format switch
    {
        ValueFormat.Percent => Fixed(value * 100, 1, "0.0") + "%",
        ValueFormat.Ratio => Fixed(value, 2, "0.00"),
        _ => Fixed(value, 1, "#,##0.#"),
    };

    /// <summary>Axis ticks drop needless decimals ("10%", "1.5") but keep "1.0" for ratios.</summary>
    public static string Tick(double value, ValueFormat format) => format switch
    {
        ValueFormat.Percent => Fixed(value * 100, 1, "0.#") + "%",
        ValueFormat.Ratio => Fixed(value, 2, "0.0#"),
        _ => Fixed(value, 1, "#,##0.#"),
    };

    /// <summary>"Baseline band 12–16%" for shares; "Band 0.80–1.25" for ratios.</summary>
    public static string Band(ReferenceBand band, ValueFormat format) => format == ValueFormat.Percent
        ? $"{band.Name} {Fixed(band.Low * 100, 1, "0.#")}–{Fixed(band.High * 100, 1, "0.#")}%"
        : $"{band.Name} {Tick(band.Low, format)}–{Tick(band.High, format)}";

    /// <summary>"(95% interval 11.1% to 30.0%)" with a leading space, or "" without an interval.</summary>
    public static string Interval(double? ciLow, double? ciHigh, ValueFormat format) =>
        ChartData.Interval(ciLow, ciHigh) is (var low, var high)
            ? $" (95% interval {Value(low, format)} to {(double.IsFinite(high) ? Value(high, format) : "no upper limit")})"
            : "";

    /// <summary>
    /// One item for the description read out by screen readers, e.g.
    /// "1 Trainee: 18.8% (95% interval 11.1% to 30.0%)" or "3 Practitioner: no figure (no one at this level)".
    /// </summary>
    public static string Sentence(IntervalValue item, ValueFormat format)
    {
        if (!ChartData.HasValue(item.Value))
        {
            return item.Note is null ? $"{item.Label}: no figure" : $"{item.Label}: no figure ({item.Note})";
        }
        return $"{item.Label}: {Value(item.Value!.Value, format)}{Interval(item.CiLow, item.CiHigh, format)}";
    }

    /// <summary>
    /// Drops characters XML cannot carry at all (control characters from a badly exported HR file), so a
    /// stray byte in an organisation's name cannot stop its chart being drawn.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean?.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean?.Append(text, i, 2);
                i++;
            }
            else
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
            }
        }
        return clean?.ToString() ?? text;
    }

    private static string Fixed(double value, int decimals, string pattern)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(pattern, CultureInfo.InvariantCulture);
    }
}
