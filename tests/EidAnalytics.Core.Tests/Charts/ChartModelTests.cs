using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Core.Tests.Charts;

/// <summary>What Core decides about each chart before anything is drawn: axes, order, words and when there is nothing to plot.</summary>
public class ChartModelTests
{
    private static readonly ReferenceBand Band = new(0.12, 0.16);

    [Theory]
    [InlineData(0.37, 0.4, 5)] // up to the next 10%, a gridline every 10%
    [InlineData(0.65, 0.8, 5)] // 70% rounds to the 20% grid above 60%: 0, 20, 40, 60, 80
    [InlineData(0.0, 0.1, 2)]
    public void A_share_axis_starts_at_0_and_reaches_the_largest_extent(double extent, double max, int ticks)
    {
        var axis = ChartAxis.Fit(ValueFormat.Percent, [extent]);

        Assert.Equal(0, axis.Min);
        Assert.Equal(max, axis.Max, 9);
        Assert.Equal(ticks, axis.Ticks.Count);
    }

    [Fact]
    public void A_count_axis_steps_by_1_2_25_or_5_times_a_power_of_10()
    {
        // 287 / 5 = 57.4, so steps of 100 and a top of 300.
        var axis = ChartAxis.Fit(ValueFormat.Count, [287]);

        Assert.Equal(["0", "100", "200", "300"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void The_level_chart_axis_reaches_the_band_and_the_highest_interval_end()
    {
        var chart = ShareByLevelChart.Create("c", "t", [new("1", 0.08, 0.05, 0.13), new("2", 0.05)], Band);

        // 16% (the band's top) beats the 13% interval end: the axis runs to 20%.
        Assert.Equal(0.2, chart.Axis.Max, 9);
        Assert.Null(chart.Empty);
    }

    [Fact]
    public void The_funnel_axis_reaches_the_upper_998_limit_at_the_smallest_team_plotted()
    {
        // At N = 20 around 14%: E = 2.8, z = 3.0902, z² = 9.5495;
        // U = (5.6 + 9.5495 + 3.0902 × √(9.5495 + 11.2 × 0.86)) / (2 × 29.5495) = (15.1495 + 13.534) / 59.099 = 0.4853,
        // so the axis runs to 50%, though the points stop at 15%.
        var chart = FunnelPlot.Create("c", "t", "Share", "Staff", [new("A", 20, 0.15), new("B", 100, 0.12)], 0.14, FunnelCurves.Around(0.14, 100));

        Assert.Equal(0.5, chart.YAxis.Max, 9);
        Assert.Equal(100, chart.XAxis.Max);
    }

    [Fact]
    public void A_funnel_of_nothing_but_hidden_figures_is_a_sentence_not_an_empty_chart()
    {
        var chart = FunnelPlot.Create("c", "t", "Share", "Staff", [new("A", 0, 0.1), new("B", 10, double.NaN)], 0.14, FunnelCurves.Around(0.14, 10));

        Assert.Empty(chart.Points);
        Assert.Equal("None of the 2 organisations has a figure that can be shown, so there is nothing to plot.", chart.Empty);
    }

    [Fact]
    public void The_ranking_puts_the_highest_first_ties_by_name_and_figures_not_shown_last_in_their_order()
    {
        var chart = RankedDotPlot.Create("c", "t", "share",
            [new("Birch", 0.1), new("Cedar", null, Note: "[c]"), new("Alder", 0.3), new("Aspen", 0.3), new("Beech", null)]);

        Assert.Equal(["Alder", "Aspen", "Birch", "Cedar", "Beech"], chart.Rows.Select(r => r.Label));
        Assert.Equal("1. Alder: 30.0%", chart.RowTitle(0));
        Assert.Equal("Cedar: no figure ([c])", chart.RowTitle(3));
    }

    [Theory]
    [InlineData(0.0, 0.2, "no women at this level")]
    [InlineData(0.2, 0.0, "no women at the level below")]
    [InlineData(0.0, 0.0, "no women at this level or the one below")]
    [InlineData(null, 0.2, "no one at this level")]
    public void A_missing_pipeline_ratio_says_which_level_lacks_women(double? atLevel, double? below, string note) =>
        Assert.Equal(note, PipelineRatioChart.NoteFor(atLevel, below));

    [Fact]
    public void A_trend_of_one_snapshot_is_a_sentence_and_its_axis_would_reach_the_target()
    {
        var one = LineBandChart.Create("c", "t", "share", [new(2025, "Mar 2025")], [new LineSeries("IT", [new(2025, 0.2)])]);
        var two = LineBandChart.Create("c", "t", "share", [new(2024, "Mar 2024"), new(2025, "Mar 2025")],
            [new LineSeries("IT", [new(2024, 0.12, 0.08, 0.17), new(2025, 0.14)])], band: Band, target: 0.3);

        Assert.Equal("Only one point in time has a figure, so there is no trend to draw yet: the figure is in the table.", one.Empty);
        Assert.Null(two.Empty);
        Assert.Equal(0.3, two.YAxis.Max, 9);
        Assert.Equal(
            "Line chart of share over time, with 95% intervals. IT: Mar 2024 12.0% (95% interval 8.0% to 17.0%); Mar 2025 14.0%. "
            + "Shaded across the chart: Baseline band 12–16%. Dashed line: target of 30.0%.",
            two.Description);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_from_titles_and_labels()
    {
        var chart = ShareByLevelChart.Create("c", "Bad\u0001Name", [new("Lev\u0002el", 0.2)]);

        Assert.Equal("BadName", chart.Title);
        Assert.Equal("Level", chart.Levels[0].Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1chart")]
    [InlineData("a b")]
    public void A_chart_id_must_be_plain_for_aria_and_clip_path_references(string id) =>
        Assert.Throws<ArgumentException>(() => ShareByLevelChart.Create(id, "t", [new("1", 0.2)]));
}
