namespace EidAnalytics.Core.Charts;

/// <summary>
/// One organisation or group on a funnel plot: its <see cref="Denominator"/> (e.g. team size) across
/// and its <see cref="Value"/> up, with its 95% interval for the point's title. Figures not shown after
/// disclosure control are left out by the caller: a funnel plot cannot place a point without both
/// numbers. <see cref="Highlighted"/> marks the subject organisation.
/// </summary>
public sealed record FunnelPoint(
    string Label, double Denominator, double Value, double? CiLow = null, double? CiHigh = null, bool Highlighted = false);
