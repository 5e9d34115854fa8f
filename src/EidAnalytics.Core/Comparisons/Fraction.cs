namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// A proportion in a download (a share, a confidence limit, a benchmark): the CSV gives it to 4 decimal
/// places, 8 ÷ 43 → 0.1860, where the unrounded 0.18604651162790697 claims a precision no count has; the
/// XLSX keeps every digit in its numeric cell, for sums.
/// </summary>
public readonly record struct Fraction(double Value);
