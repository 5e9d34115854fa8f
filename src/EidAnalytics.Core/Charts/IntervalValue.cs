namespace EidAnalytics.Core.Charts;

/// <summary>
/// One figure to chart with its 95% interval: a level's women's share, a pipeline ratio, or an
/// organisation in a ranking. A null (or non-finite) <see cref="Value"/> leaves an empty slot that
/// shows <see cref="Note"/> instead, e.g. "no one at this level" or "[c]" after disclosure control;
/// the note is only shown in place of a missing value. The interval is drawn only when both ends are
/// given. <see cref="Highlighted"/> marks the subject organisation in a comparison.
/// </summary>
public sealed record IntervalValue(
    string Label,
    double? Value,
    double? CiLow = null,
    double? CiHigh = null,
    string? Note = null,
    bool Highlighted = false);
