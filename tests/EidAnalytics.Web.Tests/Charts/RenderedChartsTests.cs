using EidAnalytics.Core.Charts;
using EidAnalytics.Web.Features.Charts;

namespace EidAnalytics.Web.Tests.Charts;

/// <summary>Charts are drawn once per model: the same figures give the SVG drawn before, any changed figure a new one.</summary>
public sealed class RenderedChartsTests
{
    private static ShareByLevelChart Levels(double juniorShare, string id = "levels") => ShareByLevelChart.Create(id, "Women's share by level",
        [new("1 Trainee", 0.10, 0.05, 0.18), new("2 Junior", juniorShare)], new ReferenceBand(0.12, 0.16));

    [Fact]
    public void The_same_figures_built_again_are_not_drawn_again()
    {
        using var charts = new RenderedCharts();

        var first = charts.Svg(Levels(0.20));
        var again = charts.Svg(Levels(0.20));

        // A second model with equal figures (a new object, as on the next request) gets the very string drawn first.
        Assert.Same(first, again);
    }

    [Fact]
    public void A_changed_figure_label_or_id_is_drawn_afresh()
    {
        using var charts = new RenderedCharts();
        var first = charts.Svg(Levels(0.20));

        var changedShare = charts.Svg(Levels(0.25));
        var changedId = charts.Svg(Levels(0.20, id: "other"));

        // 25.0% is written above the junior column only in the redrawn chart; the id prefixes every element.
        Assert.Contains("25.0%", ChartXml.Parse(changedShare).Texts());
        Assert.DoesNotContain("25.0%", ChartXml.Parse(first).Texts());
        Assert.Contains("data-chart=\"other\"", changedId, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"other\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_is_not_a_number_can_still_be_drawn_and_kept()
    {
        using var charts = new RenderedCharts();

        // A level whose share is NaN (0/0) leaves an empty slot; the key must still be computable.
        var svg = charts.Svg(Levels(double.NaN));

        Assert.Same(svg, charts.Svg(Levels(double.NaN)));
    }
}
