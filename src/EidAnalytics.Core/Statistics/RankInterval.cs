namespace EidAnalytics.Core.Statistics;

/// <summary>An item's rank (1 = highest value) and the 95% interval of ranks it could plausibly hold.</summary>
public readonly record struct RankInterval(int Rank, int Low, int High);
