using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Tests.Metrics;

/// <summary>A council's own figures as a download: one row per scope and metric, fractions rounded, proportions also as percentages.</summary>
public sealed class OwnFiguresTableTests
{
    private static readonly OrganisationMetrics Figures = new("E09000030", new DateOnly(2025, 3, 31),
    [
        new ScopeMetrics(Scopes.ItFunction,
        [
            // 8 of 43 = 0.186046511…: 0.1860 to four places, 18.6%.
            new MetricValue(MetricIds.WomenShare, 8 / 43.0, 8, 43, 0.0975, 0.3297),
            new MetricValue(MetricIds.LeavingRelativeLikelihood, 2.5, 3 / 17.0, 6 / 85.0, 0.7, 8.9),
            new MetricValue(MetricIds.PayMeanGap, 12.345678),
            MetricValue.Missing(MetricIds.PromotionRate, "The extract has no last_promotion_date column."),
        ]),
    ]);

    [Fact]
    public void A_share_is_a_fraction_to_four_places_and_a_percentage_to_one()
    {
        var row = OwnFiguresTable.Build(Figures).Rows[0];

        Assert.Equal<object?>(["E09000030", "2025-03-31", "it_function", "representation.women_share", 0.186, 18.6, 8.0, 43.0, 0.0975, 0.3297, null, null], row);
    }

    [Fact]
    public void A_ratio_and_a_pay_gap_have_no_percentage_and_their_parts_are_rounded_too()
    {
        var rows = OwnFiguresTable.Build(Figures).Rows;

        // 3 / 17 = 0.176470…, 6 / 85 = 0.070588…
        Assert.Equal<object?>([2.5, null, 0.1765, 0.0706], rows[1].Skip(4).Take(4));
        Assert.Equal<object?>([12.3457, null], rows[2].Skip(4).Take(2));
    }

    [Fact]
    public void A_figure_that_could_not_be_worked_out_gives_its_reason()
    {
        var row = OwnFiguresTable.Build(Figures).Rows[3];

        Assert.Null(row[4]);
        Assert.Equal("The extract has no last_promotion_date column.", row[^1]);
    }

    [Theory]
    [InlineData(MetricIds.WomenShare, true)]
    [InlineData(MetricIds.TurnoverRate, true)]
    [InlineData(MetricIds.ProjectionHiringShareNeeded, true)]
    [InlineData(MetricIds.PromotionRelativeLikelihood, false)]
    [InlineData(MetricIds.AdjustedLeavingOddsRatio, false)]
    [InlineData(MetricIds.PayMedianGap, false)]
    public void Only_proportions_are_given_as_percentages(string id, bool proportion) => Assert.Equal(proportion, OwnFiguresTable.IsProportion(id));
}
