namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// A table to download: column names and rows whose cells are text (<see cref="string"/>), numbers
/// (<see cref="double"/> or <see cref="long"/>), proportions (<see cref="Fraction"/>, and <see cref="Percentage"/>
/// for the same proportion out of 100) or empty (null). Suppressed figures arrive as the text <c>[c]</c>.
/// </summary>
public sealed record DownloadTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
