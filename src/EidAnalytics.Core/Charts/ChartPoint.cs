namespace EidAnalytics.Core.Charts;

/// <summary>A point of a precomputed curve, in data units (not pixels).</summary>
public readonly record struct ChartPoint(double X, double Y);
