namespace EidAnalytics.Core.Statistics;

/// <summary>A ratio of two proportions with its confidence interval.</summary>
public readonly record struct RatioEstimate(double Ratio, Interval Interval);
