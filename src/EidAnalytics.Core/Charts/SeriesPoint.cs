namespace EidAnalytics.Core.Charts;

/// <summary>
/// One point of a line: <see cref="X"/> across (a snapshot as a decimal year, a projection year), its
/// value and 95% interval; a null value (no data, or not shown) breaks the line there.
/// </summary>
public sealed record SeriesPoint(double X, double? Value, double? CiLow = null, double? CiHigh = null);
