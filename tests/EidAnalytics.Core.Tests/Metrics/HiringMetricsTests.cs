using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class HiringMetricsTests
{
    [Fact]
    public void Hiring_women_share_counts_everyone_who_started_in_the_period_leavers_included()
    {
        // Joiners (start date in P = (31 Mar 2024, 31 Mar 2025]):
        //   2 women still employed + 1 woman who joined and left = 3 women
        //   4 men + 1 man who started on the snapshot date itself (P includes its end) = 5 men
        //   1 undisclosed (out of the denominator)
        // Not joiners: a woman who started on 31 Mar 2024 (P excludes its start) and 3 long-serving men.
        // 3 / (3 + 5) = 0.375; Wilson 3/8: 0.136844–0.694258
        var rows = Team(
            Woman.Joined().Times(2), Woman.Joined().Left().Times(1), Man.Joined().Times(4),
            [Man with { StartDate = Snapshot }, Undisclosed.Joined(), Woman with { StartDate = PeriodStart }],
            Man.Times(3));

        var metric = ItFunction(rows).Get(MetricIds.HiringWomenShare);

        Expect.Figure(metric, 0.375, 3, 8, 0.136844, 0.694258);
    }

    [Fact]
    public void Hiring_women_share_with_no_joiners_says_why()
    {
        var metric = ItFunction(Team(Woman.Times(3), Man.Times(3))).Get(MetricIds.HiringWomenShare);

        Expect.Missing(metric, "joined in the 12 months");
        Assert.Equal(0, metric.Denominator);
    }
}
