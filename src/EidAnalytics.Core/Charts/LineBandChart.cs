using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// Figures over time: one or more lines of points with their 95% intervals (whiskers, or a ribbon for a
/// modelled range), over a band shaded across the plot and an optional target line. The trend of
/// women's share across snapshots uses it; so can a projection. The value axis reaches every value,
/// interval end, band end and the target.
/// </summary>
public sealed record LineBandChart : ChartModel
{
    /// <summary>Past this many lines the description names only the highlighted ones: the rest are in the table.</summary>
    private const int DescribedLines = 10;

    private LineBandChart(
        string id, string title, string description, string? empty, string valueName, IReadOnlyList<LineSeries> series,
        IReadOnlyList<AxisTick> xTicks, ValueFormat format, ReferenceBand? band, double? target)
        : base(id, title, description, empty)
    {
        ValueName = valueName;
        Series = series;
        XTicks = xTicks;
        Format = format;
        Band = band;
        Target = target;
        var points = series.SelectMany(s => s.Points)
            .Select(p => new IntervalValue("", p.Value, p.CiLow, p.CiHigh));
        YAxis = ChartAxis.Fit(format, ChartData.Extent(points, band).Append(target ?? 0));
    }

    public string ValueName { get; }

    /// <summary>Drawn in order, highlighted lines last so nothing covers them.</summary>
    public IReadOnlyList<LineSeries> Series { get; }

    /// <summary>The labelled positions across, e.g. each snapshot's date; the axis spans them.</summary>
    public IReadOnlyList<AxisTick> XTicks { get; }

    public ValueFormat Format { get; }

    public ReferenceBand? Band { get; }

    public double? Target { get; }

    public ChartAxis YAxis { get; }

    /// <param name="id">Element id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="valueName">What the values are, e.g. "women's share of the IT function".</param>
    /// <param name="xTicks">The labelled positions across, e.g. one per snapshot.</param>
    /// <param name="series">The lines.</param>
    /// <param name="format">How values are written and the axis scaled.</param>
    /// <param name="band">A band to shade, e.g. the baseline band; none when null.</param>
    /// <param name="target">A value to draw as a dashed line, e.g. a target share; none when null.</param>
    public static LineBandChart Create(
        string id,
        string title,
        string valueName,
        IReadOnlyList<AxisTick> xTicks,
        IReadOnlyList<LineSeries> series,
        ValueFormat format = ValueFormat.Percent,
        ReferenceBand? band = null,
        double? target = null)
    {
        ArgumentNullException.ThrowIfNull(xTicks);
        ArgumentNullException.ThrowIfNull(series);
        var clean = series.Select(s => s with { Name = ChartFormat.Clean(s.Name) })
            .OrderBy(s => s.Highlighted)
            .ToList();
        var ticks = xTicks.Select(t => t with { Label = ChartFormat.Clean(t.Label) }).ToList();
        var positions = clean.SelectMany(s => s.Points).Where(p => ChartData.HasValue(p.Value)).Select(p => p.X).Distinct().Count();
        var empty = positions switch
        {
            0 => "There is no figure to plot over time.",
            1 => "Only one point in time has a figure, so there is no trend to draw yet: the figure is in the table.",
            _ => null,
        };
        return new LineBandChart(id, title, Describe(valueName, clean, ticks, format, band, target), empty,
            ChartFormat.Clean(valueName), clean, ticks, format, band, target);
    }

    /// <summary>A point's title, e.g. "Camden, 2024: 18.8% (95% interval 11.1% to 30.0%)".</summary>
    public string PointTitle(LineSeries line, SeriesPoint point)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(point);
        return $"{line.Name}, {XLabel(XTicks, point.X)}: "
            + (ChartData.HasValue(point.Value) ? ChartFormat.Value(point.Value!.Value, Format) + ChartFormat.Interval(point.CiLow, point.CiHigh, Format) : "no figure");
    }

    private static string XLabel(IReadOnlyList<AxisTick> ticks, double x) =>
        ticks.FirstOrDefault(t => Math.Abs(t.Value - x) < 1e-9).Label ?? ChartFormat.Tick(x, ValueFormat.Count);

    private static string Describe(
        string valueName, List<LineSeries> series, List<AxisTick> ticks, ValueFormat format, ReferenceBand? band, double? target)
    {
        var text = new StringBuilder($"Line chart of {valueName}");
        text.Append(series.Count == 1 ? "" : $" for {series.Count} lines").Append(" over time, with 95% intervals.");
        var described = series.Count <= DescribedLines ? series : series.Where(s => s.Highlighted).ToList();
        foreach (var line in described)
        {
            text.Append(' ').Append(line.Name).Append(": ");
            text.AppendJoin("; ", line.Points.Select(p => $"{XLabel(ticks, p.X)} "
                + (ChartData.HasValue(p.Value) ? ChartFormat.Value(p.Value!.Value, format) + ChartFormat.Interval(p.CiLow, p.CiHigh, format) : "no figure")));
            text.Append('.');
        }
        if (described.Count < series.Count)
        {
            text.Append(' ').Append(series.Count - described.Count).Append(" other lines are in grey; their figures are in the table.");
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, format)).Append('.');
        }
        if (target is { } t)
        {
            text.Append(" Dashed line: target of ").Append(ChartFormat.Value(t, format)).Append('.');
        }
        return text.ToString();
    }
}
