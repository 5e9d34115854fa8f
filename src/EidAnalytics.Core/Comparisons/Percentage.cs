namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// A proportion shown as a percentage in a download: the CSV gives it out of 100 to 1 decimal place,
/// 8 ÷ 43 → 18.6, as the pages do; the XLSX keeps the fraction itself, formatted to show 18.6%.
/// </summary>
public readonly record struct Percentage(double Value);
