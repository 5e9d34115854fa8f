namespace EidAnalytics.Core.Statistics;

/// <summary>The trend test's result: the direction, the chi-square statistic and, when there is none, why.</summary>
public sealed record TrendResult(TrendDirection Direction, double? ChiSquare, string? Reason);
