using System.Globalization;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// Words and numbers as people read them on the chart and in its description, always in the
/// invariant culture ("18.8%", never "18,8%") so the briefing reads the same on any server.
/// </summary>
internal static class ChartFormat
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

    /// <summary>
    /// One item for the description read out by screen readers, e.g.
    /// "1 Trainee: 18.8% (95% interval 11.1% to 30.0%)" or "3 Practitioner: no figure (too few people)".
    /// </summary>
    public static string Sentence(IntervalValue item, ValueFormat format)
    {
        if (!ChartData.HasValue(item))
        {
            return item.Note is null ? $"{item.Label}: no figure" : $"{item.Label}: no figure ({item.Note})";
        }
        var interval = ChartData.Interval(item) is (var low, var high)
            ? $" (95% interval {Value(low, format)} to {Value(high, format)})"
            : "";
        return $"{item.Label}: {Value(item.Value!.Value, format)}{interval}";
    }

    private static string Fixed(double value, int decimals, string pattern)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(pattern, CultureInfo.InvariantCulture);
    }
}
