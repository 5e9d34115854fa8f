namespace EidAnalytics.Core.Statistics;

/// <summary>How a figure sits against the control limits around a benchmark; neutral words, as higher is not simply better.</summary>
public enum BenchmarkComparison
{
    /// <summary>Below the lower 99.8% limit.</summary>
    LowerAt998,

    /// <summary>Below the lower 95% limit but within the 99.8% limits.</summary>
    LowerAt95,

    /// <summary>Within the 95% limits.</summary>
    Similar,

    /// <summary>Above the upper 95% limit but within the 99.8% limits.</summary>
    HigherAt95,

    /// <summary>Above the upper 99.8% limit.</summary>
    HigherAt998,
}
