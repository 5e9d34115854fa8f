namespace EidAnalytics.Core.Charts;

/// <summary>
/// Control-limit curves for a funnel plot, computed elsewhere (e.g. Wilson score limits around the
/// benchmark at each denominator) and passed in as point series in data units, ordered by X.
/// The chart only draws them; it does not judge which points fall outside.
/// </summary>
public sealed record FunnelLimits(
    IReadOnlyList<ChartPoint> Lower95,
    IReadOnlyList<ChartPoint> Upper95,
    IReadOnlyList<ChartPoint> Lower998,
    IReadOnlyList<ChartPoint> Upper998);
