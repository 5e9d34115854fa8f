namespace EidAnalytics.Benchmarks.Figures;

/// <summary>The median of the runs' figures, as the bench has always reported it.</summary>
public static class Median
{
    /// <summary>
    /// The middle figure of an odd number, written as it was given; the mean of the two middle ones
    /// of an even number, written as awk writes a number (<see cref="CNumberFormat.Awk"/>); "0" for
    /// none. Figures are ordered by value, equal values by their text (as <c>sort -g</c> orders them).
    /// </summary>
    public static string Of(IEnumerable<string> figures)
    {
        var sorted = figures.Order(Comparer<string>.Create((a, b) =>
        {
            var byValue = AwkNumber.Parse(a).CompareTo(AwkNumber.Parse(b));
            return byValue != 0 ? byValue : string.CompareOrdinal(a, b);
        })).ToList();
        if (sorted.Count % 2 == 1)
        {
            return sorted[sorted.Count / 2];
        }
        var (below, above) = sorted.Count == 0 ? (0.0, 0.0) : (AwkNumber.Parse(sorted[(sorted.Count / 2) - 1]), AwkNumber.Parse(sorted[sorted.Count / 2]));
        return CNumberFormat.Awk((below + above) / 2);
    }
}
