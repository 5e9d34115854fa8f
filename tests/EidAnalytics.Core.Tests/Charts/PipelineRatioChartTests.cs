using System.Xml.Linq;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class PipelineRatioChartTests
{
    // The highest interval end, 3.1, gives an axis 0–4 in steps of 1, so with the plot running
    // from y 348 (0) up to y 48 (4), a ratio r sits at y = 348 - 75 r. Five slots of 113.6 px
    // from x 56, so the first is centred at x 112.8.
    private static readonly IntervalValue[] Ratios =
    [
        new("2 Junior", 1.25, 0.8, 1.9),
        new("3 Practitioner", 0.5, 0.2, 1.1),
        new("4 Senior", null, Note: "[c]"),
        new("5 Lead/principal", 1.0),
        new("6 Head/director", 0.8, 0.3, 3.1),
    ];

    private static XElement Render() => ChartSvg.Parse(PipelineRatioChart.Render("pipeline", "Pipeline ratio", Ratios));

    [Fact]
    public void Reference_line_at_one_crosses_the_whole_plot()
    {
        var line = Render().Single("reference-line");

        Assert.Equal(273, line.Number("y1"));
        Assert.Equal(273, line.Number("y2"));
        Assert.Equal(56, line.Number("x1"));
        Assert.Equal(624, line.Number("x2"));
    }

    [Fact]
    public void Axis_rounds_the_highest_interval_end_up_to_a_whole_step()
    {
        Assert.Equal(["0.0", "1.0", "2.0", "3.0", "4.0"], Render().WithClass("tick-label").Select(t => t.Value));
    }

    [Fact]
    public void Each_ratio_is_a_point_with_its_interval_and_its_value_written_beside_it()
    {
        var slot = Render().WithClass("slot")[0];
        var point = slot.Single("point");
        var whisker = slot.Single("whisker");
        var label = slot.Single("value-label");

        Assert.Equal(112.8, point.Number("cx"));
        Assert.Equal(254.25, point.Number("cy"));
        Assert.Equal(288, whisker.Number("y1"));
        Assert.Equal(205.5, whisker.Number("y2"));
        Assert.Equal("1.25", label.Value);
        Assert.Equal(124.8, label.Number("x"));
    }

    [Fact]
    public void Ratios_are_drawn_as_points_not_bars_and_a_missing_ratio_shows_its_note()
    {
        var svg = Render();
        var slots = svg.WithClass("slot");

        Assert.Empty(svg.WithClass("bar"));
        Assert.Equal(4, svg.WithClass("point").Count);
        Assert.Empty(slots[2].WithClass("point"));
        Assert.Equal(["[c]"], slots[2].Single("note").Lines());
        Assert.Equal(["1.25", "0.50", "1.00", "0.80"], svg.WithClass("value-label").Select(t => t.Value));
    }

    [Fact]
    public void Ratio_without_an_interval_has_no_whisker()
    {
        Assert.Empty(Render().WithClass("slot")[3].WithClass("whisker"));
    }

    [Fact]
    public void Axis_reaches_at_least_one_and_a_half_so_the_reference_line_is_never_the_top_edge()
    {
        var svg = ChartSvg.Parse(PipelineRatioChart.Render("pipeline", "t", [new IntervalValue("2 Junior", 0.5, 0.4, 0.6)]));

        Assert.Equal(["0.0", "0.5", "1.0", "1.5"], svg.WithClass("tick-label").Select(t => t.Value));
        Assert.Equal(148, svg.Single("reference-line").Number("y1"));
    }

    [Fact]
    public void Infinite_interval_end_runs_to_the_top_of_the_axis_without_a_cap()
    {
        var svg = ChartSvg.Parse(PipelineRatioChart.Render(
            "pipeline", "t", [new IntervalValue("2 Junior", 1.2, 0.6, double.PositiveInfinity)]));

        // Axis 0–1.5 (the minimum): the whisker stops at the top of the plot, y 48.
        Assert.Equal(48, svg.Single("whisker").Number("y2"));
        Assert.Single(svg.WithClass("whisker-cap"));
    }

    [Fact]
    public void Description_explains_what_a_ratio_of_one_means_and_reads_each_ratio()
    {
        var desc = Render().Desc();

        Assert.Contains("A ratio of 1.00 means the same share as the level below", desc, StringComparison.Ordinal);
        Assert.Contains("2 Junior: 1.25 (95% interval 0.80 to 1.90).", desc, StringComparison.Ordinal);
        Assert.Contains("4 Senior: no figure ([c]).", desc, StringComparison.Ordinal);
    }
}
