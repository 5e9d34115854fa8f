using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Tests.Comparisons;

public sealed class PublishedFamilyTests
{
    /// <summary>A council's stored representation figures: everyone at level 3, some undisclosed.</summary>
    private static ComparisonUnit Council(string code, int women, int men, int undisclosed = 0)
    {
        var metrics = new Dictionary<string, MetricValue>();
        for (var level = 1; level <= 6; level++)
        {
            var (w, n) = level == 3 ? (women, women + men) : (0, 0);
            metrics[MetricIds.WomenShareByLevel[level - 1]] = new(MetricIds.WomenShareByLevel[level - 1], n > 0 ? (double)w / n : null, w, n);
        }
        metrics[MetricIds.WomenShare] = new(MetricIds.WomenShare, (double)women / (women + men), women, women + men);
        metrics[MetricIds.WomenShareLeadership] = new(MetricIds.WomenShareLeadership, null, 0, 0);
        metrics[MetricIds.DeclarationRateGender] = new(MetricIds.DeclarationRateGender, 1, women + men, women + men + undisclosed);
        return new ComparisonUnit(code, metrics);
    }

    private static readonly ComparisonUnit[] Councils =
    [
        Council("E06000001", 1, 2), // the three-person team
        Council("E06000002", 12, 52),
        Council("E06000003", 15, 60),
        Council("E06000004", 9, 31),
        Council("E06000005", 20, 70),
    ];

    private static readonly ComparisonGroup National = new("national", Councils.Select(c => c.Code).ToList());

    [Fact]
    public void A_three_person_team_and_every_figure_derived_from_it_are_suppressed()
    {
        var family = PublishedFamily.Publish(ComparableMetrics.Representation, Councils, [National], DisclosureOptions.Default);

        var tiny = family.Unit("E06000001", MetricIds.WomenShare)!;

        Assert.True(tiny.IsSuppressed);
        Assert.Null(tiny.Value);
        Assert.Null(tiny.Interval());
        Assert.Null(tiny.Compare(0.14));
        Assert.Equal("[c]", ComparisonWords.Percent(tiny.Value));
    }

    [Fact]
    public void The_national_total_stays_published_because_a_complement_hides_the_small_team()
    {
        var family = PublishedFamily.Publish(ComparableMetrics.Representation, Councils, [National], DisclosureOptions.Default);

        var national = family.Group("national", MetricIds.WomenShare)!;
        var published = Councils.Select(c => family.Unit(c.Code, MetricIds.WomenShare)!).Where(p => !p.IsSuppressed).ToList();

        Assert.Equal(57, national.Count);
        Assert.Equal(272, national.Denominator);
        // The published councils never add up to the total: at least two are hidden.
        Assert.True(published.Count <= Councils.Length - 2);
        Assert.NotEqual(national.Count, published.Sum(p => p.Count));
    }

    [Fact]
    public void A_level_with_nobody_is_suppressed_as_a_zero_count_and_its_share_cannot_be_worked_out_from_the_others()
    {
        var family = PublishedFamily.Publish(ComparableMetrics.Representation, Councils, [National], DisclosureOptions.Default);

        Assert.True(family.Unit("E06000002", MetricIds.WomenShareLevel6)!.IsSuppressed);
        Assert.Null(family.Unit("E06000002", MetricIds.HiringWomenShare));
    }

    [Fact]
    public void An_ad_hoc_total_is_published_only_when_every_member_is()
    {
        PublishedProportion shown = new(12, 64), hidden = new(null, null);

        Assert.Equal(new PublishedProportion(24, 128), PublishedProportion.Total([shown, shown]));
        Assert.True(PublishedProportion.Total([shown, hidden]).IsSuppressed);
        Assert.True(PublishedProportion.Total([]).IsSuppressed);
    }
}
