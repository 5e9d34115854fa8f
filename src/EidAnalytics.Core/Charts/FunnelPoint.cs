namespace EidAnalytics.Core.Charts;

/// <summary>
/// One organisation or group on a funnel plot: its <see cref="Denominator"/> (e.g. team size) on
/// the horizontal axis and its <see cref="Value"/> on the vertical axis. Suppressed figures are
/// left out by the caller: a funnel plot cannot place a point without both numbers.
/// </summary>
public sealed record FunnelPoint(string Label, double Denominator, double Value);
