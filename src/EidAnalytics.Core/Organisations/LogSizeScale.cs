namespace EidAnalytics.Core.Organisations;

/// <summary>
/// z-scores of log sizes over the organisations that have one: sizes are skewed, so their logarithms are
/// standardised, and peer groups and council families weigh one standard deviation as much as a different type.
/// </summary>
public sealed record LogSizeScale(double Mean, double StandardDeviation)
{
    public static LogSizeScale Of(IEnumerable<int?> sizes)
    {
        var logs = sizes.Where(s => s is > 0).Select(s => Math.Log(s!.Value)).ToList();
        if (logs.Count == 0)
        {
            return new(0, 0);
        }
        var mean = logs.Average();
        return new(mean, Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / logs.Count));
    }

    /// <summary>Null when the size is unknown; 0 for everyone when all sizes are equal (no spread to scale by).</summary>
    public double? Z(int? size) =>
        size is > 0 ? (StandardDeviation > 0 ? (Math.Log(size.Value) - Mean) / StandardDeviation : 0) : null;
}
