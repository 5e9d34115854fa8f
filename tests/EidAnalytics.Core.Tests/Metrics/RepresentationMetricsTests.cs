using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class RepresentationMetricsTests
{
    /// <summary>
    /// S1 by level (W women, M men, O other, U undisclosed), plus two women at level 6 who left in P and so
    /// are not in S1:
    /// level 1: 2W 2M · level 2: 1W 3M · level 3: 2W 6M 1O · level 4: 1W 4M 1U · level 5: 1W 3M · level 6: 2M.
    /// Totals: 7 women, 20 men, 1 other, 1 undisclosed.
    /// </summary>
    private static readonly List<EmployeeRecord> ByLevel = Team(
        Woman.AtLevel(1).Times(2), Man.AtLevel(1).Times(2),
        Woman.AtLevel(2).Times(1), Man.AtLevel(2).Times(3),
        Woman.AtLevel(3).Times(2), Man.AtLevel(3).Times(6), OtherGender.AtLevel(3).Times(1),
        Woman.AtLevel(4).Times(1), Man.AtLevel(4).Times(4), Undisclosed.AtLevel(4).Times(1),
        Woman.AtLevel(5).Times(1), Man.AtLevel(5).Times(3),
        Man.AtLevel(6).Times(2), Woman.AtLevel(6).Left().Times(2));

    [Fact]
    public void Women_share_counts_women_over_everyone_with_a_recorded_gender_at_the_snapshot()
    {
        // 7 women / (7 + 20 men + 1 other) = 7 / 28 = 0.25; the undisclosed person and the two leavers are out.
        // Wilson 7/28: 4x(1 − x/n) = 28 × 0.75 = 21; √(3.841459 + 21) = 4.984121; × z = 9.768698
        // L = (14 + 3.841459 − 9.768698) / 2(28 + 3.841459) = 8.072761 / 63.682918 = 0.126765
        // U = (17.841459 + 9.768698) / 63.682918 = 27.610157 / 63.682918 = 0.433557
        var metric = ItFunction(ByLevel).Get(MetricIds.WomenShare);

        Expect.Figure(metric, 0.25, 7, 28, 0.126765, 0.433557);
    }

    [Fact]
    public void Women_share_at_each_level_uses_the_people_at_that_level()
    {
        var scope = ItFunction(ByLevel);

        // level 1: 2/4 = 0.5, Wilson 0.150039–0.849961
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel1), 0.5, 2, 4, 0.150039, 0.849961);
        // level 2: 1/4 = 0.25, Wilson 0.045587–0.699358
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel2), 0.25, 1, 4, 0.045587, 0.699358);
        // level 3: 2 / (2 + 6 + 1 other) = 2/9 = 0.222222, Wilson 0.063225–0.547411
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel3), 0.222222, 2, 9, 0.063225, 0.547411);
        // level 4: 1 / (1 + 4) = 0.2 (the undisclosed person is out), Wilson 0.036224–0.624465
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel4), 0.2, 1, 5, 0.036224, 0.624465);
        // level 5: 1/4 = 0.25
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel5), 0.25, 1, 4, 0.045587, 0.699358);
        // level 6: 0/2 = 0 (the two women there left); Wilson 0–(2z²/2(2 + z²)) = 3.841459/5.841459 = 0.657620
        Expect.Figure(scope.Get(MetricIds.WomenShareLevel6), 0, 0, 2, 0, 0.657620);
    }

    [Fact]
    public void Leadership_is_levels_five_and_six_together()
    {
        // (1 + 0) women / (4 + 2) = 1/6 = 0.166667; Wilson 1/6: 0.030053–0.563503
        var metric = ItFunction(ByLevel).Get(MetricIds.WomenShareLeadership);

        Expect.Figure(metric, 0.166667, 1, 6, 0.030053, 0.563503);
    }

    [Fact]
    public void Gender_declaration_rate_is_everyone_but_the_undisclosed_over_everyone_at_the_snapshot()
    {
        // 28 recorded / 29 in S1 = 0.965517; Wilson 28/29: 0.828245–0.993887
        var metric = ItFunction(ByLevel).Get(MetricIds.DeclarationRateGender);

        Expect.Figure(metric, 0.965517, 28, 29, 0.828245, 0.993887);
    }

    [Fact]
    public void Women_share_weighted_by_fte_counts_hours_and_keeps_the_head_count_interval()
    {
        // Women 1.0 + 0.5 + 0.5 = 2.0 FTE; men 1.0 + 1.0 + 0.8 = 2.8 FTE; the undisclosed 1.0 FTE is out.
        // 2.0 / 4.8 = 0.416667 (head count share would be 3/6 = 0.5).
        // Interval: Wilson at the head count, x = 0.416667 × 6 = 2.5 of n = 6: 0.139467–0.758922
        var rows = Team(
            [Woman, Woman with { Fte = 0.5, WorkingPattern = WorkingPattern.PartTime }, Woman with { Fte = 0.5 }],
            [Man, Man, Man with { Fte = 0.8 }, Undisclosed]);

        var scope = ItFunction(rows);

        Expect.Figure(scope.Get(MetricIds.WomenShareFte), 0.416667, 2.0, 4.8, 0.139467, 0.758922);
        Expect.Figure(scope.Get(MetricIds.WomenShare), 0.5, 3, 6);
    }

    [Theory]
    [InlineData(1, 99, "below")]   // 1/100: Wilson 0.001767–0.054486, wholly under 0.12
    [InlineData(12, 52, "within")] // 12/64: Wilson 0.110647–0.299744, overlaps 0.12–0.16
    [InlineData(30, 30, "above")]  // 30/60: Wilson 0.377350–0.622650, wholly over 0.16
    public void Baseline_band_compares_the_women_share_interval_with_twelve_to_sixteen_percent(int women, int men, string band)
    {
        var metric = ItFunction(Team(Woman.Times(women), Man.Times(men))).Get(MetricIds.BaselineBand);

        Assert.Null(metric.Value);
        Assert.Null(metric.Reason);
        Assert.Equal(band, metric.Category);
        Assert.Equal(women, metric.Numerator);
        Assert.Equal(women + men, metric.Denominator);
    }

    [Fact]
    public void Baseline_band_follows_the_configured_band()
    {
        // 12/64 has U = 0.299744 < 0.30, so against a 30–40% band it is below.
        var options = new MetricOptions { BaselineLow = 0.30, BaselineHigh = 0.40 };

        var metric = ItFunction(Team(Woman.Times(12), Man.Times(52)), options: options).Get(MetricIds.BaselineBand);

        Assert.Equal(MetricCategories.Below, metric.Category);
        Expect.Interval(metric, 0.110647, 0.299744);
    }

    /// <summary>
    /// Ten people in S1 (and one black woman who left, who is out):
    /// asian: W, M · black: W · mixed: M · white: W, M, M, M · undisclosed: M · blank: W.
    /// Disability: yes ×2, no ×5, undisclosed ×2, blank ×1.
    /// </summary>
    private static readonly List<EmployeeRecord> Diverse = Team(
    [
        Woman with { Ethnicity = Ethnicity.Asian, Disability = Disability.Yes },
        Man with { Ethnicity = Ethnicity.Asian, Disability = Disability.No },
        Woman with { Ethnicity = Ethnicity.Black, Disability = Disability.Yes },
        Man with { Ethnicity = Ethnicity.Mixed, Disability = Disability.No },
        Woman with { Ethnicity = Ethnicity.White, Disability = Disability.No },
        Man with { Ethnicity = Ethnicity.White, Disability = Disability.No },
        Man with { Ethnicity = Ethnicity.White, Disability = Disability.No },
        Man with { Ethnicity = Ethnicity.White, Disability = Disability.Undisclosed },
        Man with { Ethnicity = Ethnicity.Undisclosed, Disability = Disability.Undisclosed },
        Woman,
        Woman.Left() with { Ethnicity = Ethnicity.Black, Disability = Disability.Yes },
    ]);

    [Fact]
    public void Ethnicity_declaration_rate_treats_blank_as_undisclosed()
    {
        // 8 declared (asian 2, black 1, mixed 1, white 4) / 10 = 0.8; Wilson 8/10: 0.490162–0.943318
        var metric = ItFunction(Diverse).Get(MetricIds.DeclarationRateEthnicity);

        Expect.Figure(metric, 0.8, 8, 10, 0.490162, 0.943318);
    }

    [Fact]
    public void Disability_declaration_rate_is_yes_and_no_over_everyone_at_the_snapshot()
    {
        // (2 yes + 5 no) / 10 = 0.7; Wilson 7/10: 0.396778–0.892209
        var metric = ItFunction(Diverse).Get(MetricIds.DeclarationRateDisability);

        Expect.Figure(metric, 0.7, 7, 10, 0.396778, 0.892209);
    }

    [Fact]
    public void Ethnic_minority_share_is_every_declared_group_but_white_over_the_declared()
    {
        // (asian 2 + black 1 + mixed 1 + other 0) / 8 declared = 0.5; Wilson 4/8: 0.215216–0.784784
        var metric = ItFunction(Diverse).Get(MetricIds.EthnicMinorityShare);

        Expect.Figure(metric, 0.5, 4, 8, 0.215216, 0.784784);
    }

    [Fact]
    public void Disabled_share_is_among_those_who_declared()
    {
        // 2 yes / (2 yes + 5 no) = 0.285714; Wilson 2/7: 0.082219–0.641066
        var metric = ItFunction(Diverse).Get(MetricIds.DisabledShare);

        Expect.Figure(metric, 0.285714, 2, 7, 0.082219, 0.641066);
    }

    [Fact]
    public void Women_share_within_each_ethnic_group_crosses_gender_with_ethnicity()
    {
        var scope = ItFunction(Diverse);

        // asian 1/2 = 0.5, Wilson 0.094531–0.905469
        Expect.Figure(scope.Get(MetricIds.WomenShareAsian), 0.5, 1, 2, 0.094531, 0.905469);
        // black 1/1 (the black woman who left is out), Wilson 1/(1 + z²) = 0.206549 to 1
        Expect.Figure(scope.Get(MetricIds.WomenShareBlack), 1, 1, 1, 0.206549, 1);
        // mixed 0/1, Wilson 0 to z²/(1 + z²) = 0.793451
        Expect.Figure(scope.Get(MetricIds.WomenShareMixed), 0, 0, 1, 0, 0.793451);
        // white 1/4 = 0.25, Wilson 0.045587–0.699358
        Expect.Figure(scope.Get(MetricIds.WomenShareWhite), 0.25, 1, 4, 0.045587, 0.699358);
        // nobody in the other group
        Expect.Missing(scope.Get(MetricIds.WomenShareOtherEthnicity), "of other ethnicity");
    }
}
