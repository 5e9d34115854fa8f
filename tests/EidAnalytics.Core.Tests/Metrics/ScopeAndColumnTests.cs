using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class ScopeAndColumnTests
{
    private static readonly List<EmployeeRecord> Mixed = Team(
        Woman.Times(2), Man.Times(6), Woman.InFamily(JobFamily.Digital).Times(1), Man.InFamily(JobFamily.Data).Times(1),
        Woman.InFamily(JobFamily.Other).Times(5), Man.InFamily(JobFamily.Other).Times(5));

    [Fact]
    public void An_extract_of_it_families_only_has_the_it_function_scope_alone()
    {
        var scopes = WorkforceMetrics.Compute(Team(Woman.Times(2), Man.Times(3)), AllColumns, Snapshot, MetricOptions.Default);

        Assert.Equal([Scopes.ItFunction], scopes.Select(s => s.Scope));
    }

    [Fact]
    public void Other_job_families_add_an_organisation_scope_over_every_row()
    {
        var scopes = WorkforceMetrics.Compute(Mixed, AllColumns, Snapshot, MetricOptions.Default);

        Assert.Equal([Scopes.ItFunction, Scopes.Organisation], scopes.Select(s => s.Scope));
        // IT function (it + digital + data): 3 women / 10 = 0.3
        Expect.Figure(scopes[0].Get(MetricIds.WomenShare), 0.3, 3, 10);
        // organisation: (3 + 5) women / 20 = 0.4
        Expect.Figure(scopes[1].Get(MetricIds.WomenShare), 0.4, 8, 20);
    }

    [Fact]
    public void An_extract_with_no_it_rows_still_has_an_it_function_scope_that_says_why_it_is_empty()
    {
        var scopes = WorkforceMetrics.Compute(
            Woman.InFamily(JobFamily.Other).Times(3).ToList(), AllColumns, Snapshot, MetricOptions.Default);

        Expect.Missing(scopes[0].Get(MetricIds.WomenShare), "No one employed at the snapshot date");
        Expect.Figure(scopes[1].Get(MetricIds.WomenShare), 1, 3, 3);
    }

    [Fact]
    public void With_every_column_every_id_is_emitted_once_in_the_documented_order()
    {
        var scope = ItFunction(Team(Woman.Times(2), Man.Times(3)));

        Assert.Equal(MetricIds.All, scope.Metrics.Select(m => m.Id));
    }

    [Fact]
    public void Every_id_is_distinct_and_there_are_sixty_four()
    {
        // DESIGN §6's 50, and issue 13's 3 adjusted figures, 5 + 5 projected shares and the hiring share needed.
        Assert.Equal(64, MetricIds.All.Count);
        Assert.Equal(MetricIds.All.Count, MetricIds.All.Distinct().Count());
    }

    [Theory]
    [InlineData(ExtractColumns.Fte, new[] { MetricIds.WomenShareFte })]
    [InlineData(ExtractColumns.Ethnicity, new[]
    {
        MetricIds.DeclarationRateEthnicity, MetricIds.EthnicMinorityShare, MetricIds.WomenShareAsian, MetricIds.WomenShareBlack,
        MetricIds.WomenShareMixed, MetricIds.WomenShareWhite, MetricIds.WomenShareOtherEthnicity,
    })]
    [InlineData(ExtractColumns.Disability, new[] { MetricIds.DeclarationRateDisability, MetricIds.DisabledShare })]
    [InlineData(ExtractColumns.LeaveDate, new[]
    {
        MetricIds.TurnoverRate, MetricIds.TurnoverRateWomen, MetricIds.TurnoverRateMen, MetricIds.VoluntaryTurnoverRate,
        MetricIds.VoluntaryTurnoverRateWomen, MetricIds.VoluntaryTurnoverRateMen, MetricIds.StabilityIndex,
        MetricIds.StabilityIndexWomen, MetricIds.StabilityIndexMen, MetricIds.LeavingRelativeLikelihood,
        MetricIds.AdjustedLeavingOddsRatio,
        // The projection needs leaving and promotion rates.
        "projection.women_share.year.1", "projection.women_share.year.2", "projection.women_share.year.3",
        "projection.women_share.year.4", "projection.women_share.year.5",
        "projection.leadership_share.year.1", "projection.leadership_share.year.2", "projection.leadership_share.year.3",
        "projection.leadership_share.year.4", "projection.leadership_share.year.5", MetricIds.ProjectionHiringShareNeeded,
    })]
    [InlineData(ExtractColumns.LeaveReason, new[]
    {
        MetricIds.VoluntaryTurnoverRate, MetricIds.VoluntaryTurnoverRateWomen, MetricIds.VoluntaryTurnoverRateMen,
    })]
    [InlineData(ExtractColumns.LastPromotionDate, new[]
    {
        MetricIds.PromotionRate, MetricIds.PromotionRateWomen, MetricIds.PromotionRateMen, MetricIds.PromotionRelativeLikelihood,
        MetricIds.AdjustedPromotionOddsRatio,
        "projection.women_share.year.1", "projection.women_share.year.2", "projection.women_share.year.3",
        "projection.women_share.year.4", "projection.women_share.year.5",
        "projection.leadership_share.year.1", "projection.leadership_share.year.2", "projection.leadership_share.year.3",
        "projection.leadership_share.year.4", "projection.leadership_share.year.5", MetricIds.ProjectionHiringShareNeeded,
    })]
    [InlineData(ExtractColumns.HourlyPay, new[]
    {
        MetricIds.PayMeanGap, MetricIds.PayMedianGap, MetricIds.PayQuartile1WomenShare, MetricIds.PayQuartile2WomenShare,
        MetricIds.PayQuartile3WomenShare, MetricIds.PayQuartile4WomenShare, MetricIds.AdjustedPayGap,
    })]
    [InlineData(ExtractColumns.BonusPay, new[]
    {
        MetricIds.BonusMeanGap, MetricIds.BonusMedianGap, MetricIds.BonusShareWomen, MetricIds.BonusShareMen,
    })]
    public void A_metric_whose_column_the_extract_lacks_is_absent(string column, string[] absent)
    {
        var scope = ItFunction(Team(Woman.Times(2), Man.Times(3)), AllColumnsExcept(column));

        Assert.Equal(MetricIds.All.Except(absent), scope.Metrics.Select(m => m.Id));
    }

    [Fact]
    public void Records_from_many_extracts_are_grouped_by_organisation_and_snapshot_in_order()
    {
        var earlier = new DateOnly(2024, 3, 31);
        var rows = Team(
            Woman.Times(1), Man.Times(3),
            [Man with { OrganisationCode = "E06000001" }],
            Woman.Times(2).Select(r => r with { SnapshotDate = earlier }));

        var organisations = WorkforceMetrics.ComputeByOrganisation(rows, AllColumns, MetricOptions.Default);

        Assert.Equal(
            [("E06000001", Snapshot), ("E09000030", earlier), ("E09000030", Snapshot)],
            organisations.Select(o => (o.OrganisationCode, o.SnapshotDate)));
        // E09000030 at 2025: 1 woman / 4 = 0.25
        Expect.Figure(organisations[2].Scopes[0].Get(MetricIds.WomenShare), 0.25, 1, 4);
    }

    [Fact]
    public void Rows_from_another_snapshot_are_refused()
    {
        var rows = Team([Woman, Man with { SnapshotDate = PeriodStart }]);

        Assert.Throws<ArgumentException>(() => WorkforceMetrics.Compute(rows, AllColumns, Snapshot, MetricOptions.Default));
    }

    [Fact]
    public void A_baseline_band_upside_down_is_refused()
    {
        var options = new MetricOptions { BaselineLow = 0.2, BaselineHigh = 0.1 };

        Assert.Throws<ArgumentException>(() => WorkforceMetrics.Compute(Team([Woman]), AllColumns, Snapshot, options));
    }
}
