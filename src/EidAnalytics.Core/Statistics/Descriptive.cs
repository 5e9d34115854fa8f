namespace EidAnalytics.Core.Statistics;

/// <summary>Averages as the gender pay gap regulations use them.</summary>
public static class Descriptive
{
    /// <summary>The arithmetic mean, <c>Σxᵢ / n</c>. The span must not be empty.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The mean of no values is undefined.", nameof(values));
        }
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }
        return sum / values.Length;
    }

    /// <summary>
    /// The median of values already sorted ascending: the middle value, or the mean of the two middle
    /// values when the count is even (the definition in SI 2017/353 Sch. 1 para. 9 and GEO guidance).
    /// The span must not be empty.
    /// </summary>
    public static double MedianOfSorted(ReadOnlySpan<double> ascending)
    {
        if (ascending.IsEmpty)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(ascending));
        }
        var middle = ascending.Length / 2;
        return ascending.Length % 2 == 1
            ? ascending[middle]
            : (ascending[middle - 1] + ascending[middle]) / 2;
    }
}
