using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Reporting;

namespace EidAnalytics.Core.Tests.Reporting;

/// <summary>What changed since the previous snapshot, said as it was and as it is.</summary>
public sealed class ChangeTextTests
{
    private static readonly DateOnly Before = new(2024, 3, 31), Now = new(2025, 3, 31);

    [Fact]
    public void A_rise_a_fall_and_the_pay_gap_are_each_a_sentence_with_both_figures()
    {
        var before = new ScopeMetrics(Scopes.ItFunction,
        [
            new MetricValue(MetricIds.WomenShare, 0.4, 2, 5),
            new MetricValue(MetricIds.WomenShareLeadership, 0.5, 1, 2),
            new MetricValue(MetricIds.PayMedianGap, 15.0, 3, 20),
        ]);
        var now = new ScopeMetrics(Scopes.ItFunction,
        [
            // 4 of 9 = 44.4%; 1 of 3 = 33.3%.
            new MetricValue(MetricIds.WomenShare, 4 / 9.0, 4, 9),
            new MetricValue(MetricIds.WomenShareLeadership, 1 / 3.0, 1, 3),
            new MetricValue(MetricIds.PayMedianGap, 12.5, 2.5, 20),
        ]);

        Assert.Equal(
        [
            "Women's share of the IT function rose from 40.0% (2 of 5) on 31 March 2024 to 44.4% (4 of 9) on 31 March 2025.",
            "Women's share of leadership (levels 5 and 6) fell from 50.0% (1 of 2) on 31 March 2024 to 33.3% (1 of 3) on 31 March 2025.",
            "The median pay gap was +12.5%, against +15.0% on 31 March 2024 (positive when men are paid more).",
        ], ChangeText.Since(now, before, "the IT function", Now, Before));
    }

    [Fact]
    public void An_unchanged_share_says_so_and_a_figure_missing_at_either_date_is_left_out()
    {
        var before = new ScopeMetrics(Scopes.ItFunction, [new MetricValue(MetricIds.WomenShare, 0.25, 2, 8), MetricValue.Missing(MetricIds.PayMedianGap, "No pay.")]);
        var now = new ScopeMetrics(Scopes.ItFunction, [new MetricValue(MetricIds.WomenShare, 0.25, 3, 12), new MetricValue(MetricIds.PayMedianGap, 5.0, 1, 20)]);

        Assert.Equal(
            ["Women's share of the IT function was 25.0% (3 of 12) on 31 March 2025, as on 31 March 2024 (2 of 8)."],
            ChangeText.Since(now, before, "the IT function", Now, Before));
    }
}
