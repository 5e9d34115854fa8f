namespace EidAnalytics.Core.Charts;

/// <summary>The range of a share chart's value axis.</summary>
public enum ShareAxis
{
    /// <summary>
    /// From 0% to the highest value, interval end or band end rounded up to the next 10%, so that
    /// low shares (the usual case in IT teams) are not squashed at the bottom.
    /// </summary>
    Auto,

    /// <summary>Always 0% to 100%, for charts that must be compared side by side.</summary>
    Full,
}
