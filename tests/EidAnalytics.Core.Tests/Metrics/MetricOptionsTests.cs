using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Tests.Metrics;

/// <summary>The settings that change a figure are checked before a figure is worked out with them.</summary>
public sealed class MetricOptionsTests
{
    [Fact]
    public void The_defaults_have_no_problem() => Assert.Empty(MetricOptions.Default.Problems());

    [Theory]
    [InlineData(0.16, 0.12)] // low above high
    [InlineData(-0.01, 0.16)]
    [InlineData(0.12, 1.2)] // 120%, a percentage given as a whole number over 100
    [InlineData(double.NaN, 0.16)]
    public void A_band_outside_0_to_1_or_upside_down_is_one_problem(double low, double high)
    {
        var problem = Assert.Single(new MetricOptions { BaselineLow = low, BaselineHigh = high }.Problems());
        Assert.StartsWith("the baseline band must satisfy 0 <= BaselineLow <= BaselineHigh <= 1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_of_one_point_is_allowed() => Assert.Empty(new MetricOptions { BaselineLow = 0.14, BaselineHigh = 0.14 }.Problems());

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(30.0)] // 30 meant as 30%
    public void A_target_share_must_lie_strictly_between_0_and_1(double target) =>
        Assert.Contains(new MetricOptions { ProjectionTarget = target }.Problems(), p => p.StartsWith("ProjectionTarget", StringComparison.Ordinal));

    [Theory]
    [InlineData(0)]
    [InlineData(11)] // one past MaxProjectionYear, 10
    public void The_target_year_runs_from_1_to_10(int years) =>
        Assert.Contains(new MetricOptions { ProjectionYear = years }.Problems(), p => p.StartsWith("ProjectionYear is a number of years from 1 to 10", StringComparison.Ordinal));
}
