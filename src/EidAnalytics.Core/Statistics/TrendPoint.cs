namespace EidAnalytics.Core.Statistics;

/// <summary>One point of a series of proportions: when, and the count and denominator then.</summary>
public readonly record struct TrendPoint(double Time, long Count, long Denominator);
