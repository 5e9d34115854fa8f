using System.Globalization;

namespace EidAnalytics.Core.Metrics;

/// <summary>Settings that change a computed figure.</summary>
public sealed record MetricOptions
{
    /// <summary>Lower end of the baseline band for women's share of IT teams.</summary>
    public double BaselineLow { get; init; } = 0.12;

    /// <summary>Upper end of the baseline band.</summary>
    public double BaselineHigh { get; init; } = 0.16;

    /// <summary>The women's share of staff the projection's hiring share is worked out for (<c>projection.hiring_share_needed</c>).</summary>
    public double ProjectionTarget { get; init; } = 0.30;

    /// <summary>How many years after the snapshot the target is to be reached by: 1 to <see cref="MaxProjectionYear"/>.</summary>
    public int ProjectionYear { get; init; } = 5;

    /// <summary>Seeds the projection's bootstrap, so the same extract always gives the same intervals.</summary>
    public int ProjectionSeed { get; init; } = 20261201;

    /// <summary>The furthest target year the projection runs to.</summary>
    public const int MaxProjectionYear = 10;

    public static MetricOptions Default { get; } = new();

    /// <summary>What is wrong with these settings, in words naming each setting; none when they can be used.</summary>
    public IEnumerable<string> Problems()
    {
        if (BaselineLow is not (>= 0 and <= 1) || BaselineHigh is not (>= 0 and <= 1) || BaselineLow > BaselineHigh)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"the baseline band must satisfy 0 <= BaselineLow <= BaselineHigh <= 1; it is {BaselineLow} to {BaselineHigh}");
        }

        if (ProjectionTarget is not (> 0 and < 1))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"ProjectionTarget is a share of staff between 0 and 1, such as 0.3 for 30%; it is {ProjectionTarget}");
        }

        if (ProjectionYear is < 1 or > MaxProjectionYear)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"ProjectionYear is a number of years from 1 to {MaxProjectionYear}; it is {ProjectionYear}");
        }
    }
}
