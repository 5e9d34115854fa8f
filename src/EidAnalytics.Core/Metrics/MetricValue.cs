namespace EidAnalytics.Core.Metrics;

/// <summary>
/// One figure for one scope of one organisation's dataset. <see cref="Value"/> is null when the
/// figure cannot be computed, and <see cref="Reason"/> then says why. Proportions are fractions;
/// pay gaps are percentages. <see cref="Category"/> carries a verdict, one of <see cref="MetricCategories"/>
/// (the baseline band: below/within/above, or the four-fifths flag: adverse/non_adverse/higher_for_women).
/// <see cref="Unadjusted"/> is set only on the adjusted figures: the same comparison without the covariates,
/// shown beside the adjusted one (the unadjusted odds ratio; the gap in geometric mean hourly pay).
/// </summary>
public sealed record MetricValue(
    string Id,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    double? CiLow = null,
    double? CiHigh = null,
    string? Category = null,
    string? Reason = null,
    double? Unadjusted = null)
{
    public static MetricValue Missing(string id, string reason, double? numerator = null, double? denominator = null) =>
        new(id, null, numerator, denominator, Reason: reason);
}
