namespace EidAnalytics.Core.Charts;

/// <summary>
/// One line on a <see cref="LineBandChart"/>: an organisation's figures across snapshots, or a
/// projection. A highlighted line is drawn in colour above the others, which are grey.
/// </summary>
public sealed record LineSeries(
    string Name, IReadOnlyList<SeriesPoint> Points, IntervalStyle Interval = IntervalStyle.Whiskers, bool Highlighted = false);
