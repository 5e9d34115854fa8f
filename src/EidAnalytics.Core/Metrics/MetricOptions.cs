namespace EidAnalytics.Core.Metrics;

/// <summary>Settings that change a computed figure.</summary>
public sealed record MetricOptions
{
    /// <summary>Lower end of the baseline band for women's share of IT teams.</summary>
    public double BaselineLow { get; init; } = 0.12;

    /// <summary>Upper end of the baseline band.</summary>
    public double BaselineHigh { get; init; } = 0.16;

    public static MetricOptions Default { get; } = new();
}
