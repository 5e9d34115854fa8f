using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The dashboard's main chart: women's share of staff at each level as columns, each with its 95%
/// interval and its value written above, over the baseline band shaded across the plot. The axis
/// reaches the highest value, interval end and band end, so nothing is cut off.
/// </summary>
public sealed record ShareByLevelChart : ChartModel
{
    private ShareByLevelChart(string id, string title, string description, string? empty, IReadOnlyList<IntervalValue> levels, ReferenceBand? band)
        : base(id, title, description, empty)
    {
        Levels = levels;
        Band = band;
        Axis = ChartAxis.Fit(ValueFormat.Percent, ChartData.Extent(levels, band));
    }

    /// <summary>One entry per level in display order, labelled e.g. "1 Trainee"; shares as fractions.</summary>
    public IReadOnlyList<IntervalValue> Levels { get; }

    public ReferenceBand? Band { get; }

    public ChartAxis Axis { get; }

    /// <param name="id">Element id prefix, unique on the page (letters, digits, '-', '_').</param>
    /// <param name="title">The chart's accessible name, e.g. "Women's share by level, the IT function".</param>
    /// <param name="levels">One entry per level in display order; a level without a share carries a note saying why.</param>
    /// <param name="band">The baseline band to shade, e.g. 0.12 to 0.16; none when null.</param>
    public static ShareByLevelChart Create(string id, string title, IReadOnlyList<IntervalValue> levels, ReferenceBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var clean = levels.Select(l => l with { Label = ChartFormat.Clean(l.Label) }).ToList();
        var empty = clean.Any(l => ChartData.HasValue(l.Value))
            ? null
            : "No level has a women's share to plot: no one at any level has a recorded gender of female, male or other.";
        return new ShareByLevelChart(id, title, Describe(clean, band), empty, clean, band);
    }

    private static string Describe(List<IntervalValue> levels, ReferenceBand? band)
    {
        var text = new StringBuilder($"Bar chart of women's share of staff at each of {levels.Count} levels, with 95% intervals.");
        foreach (var level in levels)
        {
            text.Append(' ').Append(ChartFormat.Sentence(level, ValueFormat.Percent)).Append('.');
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, ValueFormat.Percent)).Append('.');
        }
        return text.ToString();
    }
}
