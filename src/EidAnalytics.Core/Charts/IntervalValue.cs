namespace EidAnalytics.Core.Charts;

/// <summary>
/// One figure to chart with its 95% interval: a level's women's share, a pipeline ratio, or an
/// organisation in a ranking. A null (or non-finite) <see cref="Value"/> draws an empty slot that
/// shows <see cref="Note"/> instead, e.g. "too few people" or "[c]" after disclosure control; the
/// note is only drawn in place of a missing value. The interval is optional and is drawn only when
/// both ends are given.
/// </summary>
public sealed record IntervalValue(
    string Label,
    double? Value,
    double? CiLow = null,
    double? CiHigh = null,
    string? Note = null);
