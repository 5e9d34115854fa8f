using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// A funnel plot in the manner of Public Health England's Fingertips: each point is an organisation
/// placed by its denominator (across) and value (up), against a benchmark line and the 95% and 99.8%
/// control limits around it, which narrow as the denominator grows. The limits are computed elsewhere
/// and passed in. The value axis reaches the limits over the plotted range of denominators, the
/// benchmark and the band as well as the points, so no limit is cut off where points sit.
/// </summary>
public sealed record FunnelPlot : ChartModel
{
    private FunnelPlot(
        string id, string title, string description, string? empty, string valueName, string denominatorName,
        IReadOnlyList<FunnelPoint> points, double benchmark, FunnelLimits limits, ValueFormat format, ReferenceBand? band)
        : base(id, title, description, empty)
    {
        ValueName = valueName;
        DenominatorName = denominatorName;
        Points = points;
        Benchmark = benchmark;
        Limits = limits;
        Format = format;
        Band = band;
        XAxis = ChartAxis.Fit(ValueFormat.Count, points.Select(p => p.Denominator));
        var smallest = points.Select(p => p.Denominator).DefaultIfEmpty(0).Min();
        var limitsInRange = new[] { limits.Upper95, limits.Upper998 }
            .SelectMany(curve => curve.Where(p => p.X >= smallest && p.X <= XAxis.Max))
            .Select(p => p.Y);
        YAxis = ChartAxis.Fit(format, points.Select(p => p.Value).Concat(limitsInRange).Append(benchmark)
            .Append(band is null ? 0 : Math.Max(band.Low, band.High)));
    }

    public string ValueName { get; }

    public string DenominatorName { get; }

    /// <summary>The points that can be placed, in the order given (the page's table order).</summary>
    public IReadOnlyList<FunnelPoint> Points { get; }

    public double Benchmark { get; }

    public FunnelLimits Limits { get; }

    public ValueFormat Format { get; }

    public ReferenceBand? Band { get; }

    public ChartAxis XAxis { get; }

    public ChartAxis YAxis { get; }

    /// <param name="id">Element id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="valueName">The vertical axis title, e.g. "Women's share".</param>
    /// <param name="denominatorName">The horizontal axis title, e.g. "Staff in the IT function".</param>
    /// <param name="points">The organisations or groups; one without a finite, positive denominator and a finite value is left out.</param>
    /// <param name="benchmark">The value the limits are drawn around, e.g. 0.14.</param>
    /// <param name="limits">The 95% and 99.8% control limits as curves in data units.</param>
    /// <param name="format">How values are written and the vertical axis scaled.</param>
    /// <param name="band">A band to shade, e.g. the baseline band; none when null.</param>
    public static FunnelPlot Create(
        string id,
        string title,
        string valueName,
        string denominatorName,
        IReadOnlyList<FunnelPoint> points,
        double benchmark,
        FunnelLimits limits,
        ValueFormat format = ValueFormat.Percent,
        ReferenceBand? band = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(limits);
        var plotted = points.Where(p => double.IsFinite(p.Denominator) && p.Denominator > 0 && double.IsFinite(p.Value))
            .Select(p => p with { Label = ChartFormat.Clean(p.Label) })
            .ToList();
        var empty = plotted.Count > 0 ? null
            : points.Count == 0 ? "There are no organisations in this set to plot."
            : $"None of the {points.Count} organisations has a figure that can be shown, so there is nothing to plot.";
        return new FunnelPlot(id, title, Describe(valueName, denominatorName, plotted, benchmark, format, band), empty,
            ChartFormat.Clean(valueName), ChartFormat.Clean(denominatorName), plotted, benchmark, limits, format, band);
    }

    /// <summary>A point's title, e.g. "Camden: 18.8% (95% interval 11.1% to 30.0%), staff in the IT function 64".</summary>
    public string PointTitle(FunnelPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return $"{point.Label}: {ChartFormat.Value(point.Value, Format)}{ChartFormat.Interval(point.CiLow, point.CiHigh, Format)}, "
            + $"{DenominatorName.ToLowerInvariant()} {ChartFormat.Value(point.Denominator, ValueFormat.Count)}";
    }

    private static string Describe(
        string valueName, string denominatorName, List<FunnelPoint> points, double benchmark, ValueFormat format, ReferenceBand? band)
    {
        var text = new StringBuilder(
            $"Funnel plot of {valueName} against {denominatorName} for {points.Count} points, with 95% and 99.8% "
            + $"control limits around the benchmark of {ChartFormat.Value(benchmark, format)}.");
        foreach (var point in points)
        {
            text.Append(' ').Append(point.Label).Append(": ").Append(ChartFormat.Value(point.Value, format))
                .Append(" (").Append(denominatorName).Append(": ").Append(ChartFormat.Value(point.Denominator, ValueFormat.Count))
                .Append(").");
        }
        foreach (var point in points.Where(p => p.Highlighted))
        {
            text.Append(" Highlighted: ").Append(point.Label).Append('.');
        }
        if (band is not null)
        {
            text.Append(" Shaded across the chart: ").Append(ChartFormat.Band(band, format)).Append('.');
        }
        return text.ToString();
    }
}
