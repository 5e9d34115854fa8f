using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// A ranking that shows its uncertainty: one row per organisation or group, highest value first, each
/// a point with its 95% interval and its value written at the end of the row, so overlapping intervals
/// show where a difference in rank means little. The highlighted item (the subject organisation) gets
/// a bold label and a square marker; a band can be shaded behind.
/// </summary>
public sealed record RankedDotPlot : ChartModel
{
    private RankedDotPlot(
        string id, string title, string description, string? empty, IReadOnlyList<IntervalValue> rows, ValueFormat format, ReferenceBand? band)
        : base(id, title, description, empty)
    {
        Rows = rows;
        Format = format;
        Band = band;
        Axis = ChartAxis.Fit(format, ChartData.Extent(rows, band));
    }

    /// <summary>Top to bottom: highest value first, then by label; items without a value last, in the order given.</summary>
    public IReadOnlyList<IntervalValue> Rows { get; }

    public ValueFormat Format { get; }

    public ReferenceBand? Band { get; }

    public ChartAxis Axis { get; }

    /// <summary>
    /// The order the dot plot draws its rows in, for a table beside it to follow: highest value first,
    /// ties by label (ordinal), items without a value last in the order given.
    /// </summary>
    public static IReadOnlyList<T> Ranked<T>(IEnumerable<T> items, Func<T, double?> value, Func<T, string> label)
    {
        var list = items.ToList();
        return list.Where(i => ChartData.HasValue(value(i)))
            .OrderByDescending(value)
            .ThenBy(label, StringComparer.Ordinal)
            .Concat(list.Where(i => !ChartData.HasValue(value(i))))
            .ToList();
    }

    /// <param name="id">Element id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="valueName">What the values are, for the description, e.g. "women's share of IT staff".</param>
    /// <param name="items">The items in any order; they are drawn as <see cref="Ranked{T}"/> orders them.</param>
    /// <param name="format">How values are written and the axis scaled.</param>
    /// <param name="band">A band to shade, e.g. the baseline band; none when null.</param>
    public static RankedDotPlot Create(
        string id, string title, string valueName, IReadOnlyList<IntervalValue> items, ValueFormat format = ValueFormat.Percent, ReferenceBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = Ranked(items.Select(i => i with { Label = ChartFormat.Clean(i.Label) }), i => i.Value, i => i.Label);
        var shown = rows.Count(r => ChartData.HasValue(r.Value));
        var empty = shown > 0 ? null
            : rows.Count == 0 ? "There are no organisations in this set to rank."
            : $"None of the {rows.Count} organisations has a figure that can be shown, so there is nothing to rank.";
        return new RankedDotPlot(id, title, Describe(valueName, rows, format, band), empty, rows, format, band);
    }

    /// <summary>A row's title, e.g. "2. Camden: 18.8% (95% interval 11.1% to 30.0%)".</summary>
    public string RowTitle(int index) =>
        ChartData.HasValue(Rows[index].Value) ? $"{index + 1}. {ChartFormat.Sentence(Rows[index], Format)}" : ChartFormat.Sentence(Rows[index], Format);

    private static string Describe(string valueName, IReadOnlyList<IntervalValue> rows, ValueFormat format, ReferenceBand? band)
    {
        var text = new StringBuilder($"Dot plot of {valueName} for {rows.Count} items, from highest to lowest, with 95% intervals.");
        var rank = 0;
        foreach (var row in rows)
        {
            text.Append(' ');
            if (ChartData.HasValue(row.Value))
            {
                text.Append(++rank).Append(". ");
            }
            text.Append(ChartFormat.Sentence(row, format)).Append('.');
        }
        foreach (var row in rows.Where(r => r.Highlighted))
        {
            text.Append(" Highlighted: ").Append(row.Label).Append('.');
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, format)).Append('.');
        }
        return text.ToString();
    }
}
