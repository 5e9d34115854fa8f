using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Reporting;

namespace EidAnalytics.Core.Tests.Reporting;

/// <summary>The few sentences at the top of the dashboard and the briefing, in words without intervals or method names.</summary>
public sealed class KeyFindingsTests
{
    private static readonly DateOnly Snapshot = new(2025, 3, 31);

    [Fact]
    public void Four_sentences_give_the_share_against_the_band_leadership_leaving_and_the_median_pay_gap()
    {
        var scope = new ScopeMetrics(Scopes.ItFunction,
        [
            // 8 of 43 = 18.6%, its interval above the 12–16% band.
            new MetricValue(MetricIds.WomenShare, 8 / 43.0, 8, 43, 0.097, 0.33),
            new MetricValue(MetricIds.BaselineBand, null, 8, 43, 0.097, 0.33, MetricCategories.Within),
            new MetricValue(MetricIds.WomenShareLeadership, 0.2, 1, 5, 0.04, 0.62),
            // (3 / 17) / (6 / 85) = 2.5, interval 1.02–6.1 above 1.
            new MetricValue(MetricIds.LeavingRelativeLikelihood, 2.5, 3 / 17.0, 6 / 85.0, 1.02, 6.1),
            // Men's median £20.00, women's £17.50: (20 − 17.5) / 20 = 12.5%; the numerator is the difference in pounds.
            new MetricValue(MetricIds.PayMedianGap, 12.5, 2.5, 20),
        ]);

        Assert.Equal(
        [
            "On 31 March 2025 women were 18.6% of the IT function (8 of 43 people), not clearly different from the 12–16% typical of council IT and digital teams.",
            "In leadership (levels 5 and 6) they were 20.0% (1 of 5).",
            "Women were more likely than men to leave in the year (2.5 times as likely), a difference larger than chance would explain.",
            "Women's median hourly pay (£17.50) was 12.5% lower than men's (£20.00).",
        ], KeyFindings.Sentences(scope, "the IT function", Snapshot, MetricOptions.Default));
    }

    [Fact]
    public void A_difference_chance_could_explain_is_said_so_and_missing_figures_are_left_out()
    {
        var scope = new ScopeMetrics(Scopes.ItFunction,
        [
            new MetricValue(MetricIds.WomenShare, 0.05, 2, 40, 0.014, 0.165),
            new MetricValue(MetricIds.BaselineBand, null, 2, 40, 0.014, 0.165, MetricCategories.Within),
            MetricValue.Missing(MetricIds.WomenShareLeadership, "No one at levels 5 and 6 has a recorded gender."),
            new MetricValue(MetricIds.LeavingRelativeLikelihood, 0.7, 0.2, 0.2857, 0.1, 5.8),
        ]);

        Assert.Equal(
        [
            "On 31 March 2025 women were 5.0% of the IT function (2 of 40 people), not clearly different from the 12–16% typical of council IT and digital teams.",
            "Women and men left at rates no further apart than chance could explain.",
        ], KeyFindings.Sentences(scope, "the IT function", Snapshot, MetricOptions.Default));
    }
}
