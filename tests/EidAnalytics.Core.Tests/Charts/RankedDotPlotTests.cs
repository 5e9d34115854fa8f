using System.Xml.Linq;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class RankedDotPlotTests
{
    // Short labels get the minimum 80 px column, so the plot runs from x 100 to 568 and the
    // axis, 0–40%, puts a share v at x = 100 + 1170 v. Rows are 24 px from y 40.
    private static readonly IntervalValue[] Items =
    [
        new("B", 0.20, 0.10, 0.30),
        new("A", 0.30, 0.20, 0.40),
        new("C", null, Note: "[c]"),
        new("D", 0.10, 0.05, 0.20),
    ];

    private static XElement Render() => ChartSvg.Parse(RankedDotPlot.Render(
        "ranking", "Ranking", "women's share", Items, ValueFormat.Percent, highlightLabel: "B", band: new ReferenceBand(0.12, 0.16)));

    [Fact]
    public void Rows_run_from_highest_to_lowest_value_with_missing_values_last()
    {
        var rows = Render().WithClass("row");

        Assert.Equal(["A", "B", "D", "C"], rows.Select(row => row.Single("category-label").Value));
        Assert.Equal(["30.0%", "20.0%", "10.0%"], rows.SelectMany(row => row.WithClass("value-label")).Select(t => t.Value));
        Assert.Equal("[c]", rows[3].Single("note").Value);
        Assert.Empty(rows[3].WithClass("point"));
    }

    [Fact]
    public void Point_and_whisker_sit_on_the_value_scale_in_their_row()
    {
        var row = Render().WithClass("row")[0];
        var point = row.Single("point");
        var whisker = row.Single("whisker");

        Assert.Equal(451, point.Number("cx"));
        Assert.Equal(52, point.Number("cy"));
        Assert.Equal(334, whisker.Number("x1"));
        Assert.Equal(568, whisker.Number("x2"));
        Assert.Equal(52, whisker.Number("y1"));
    }

    [Fact]
    public void Highlighted_item_has_a_square_marker_and_a_bold_label()
    {
        var svg = Render();
        var rows = svg.WithClass("row");
        var highlighted = Assert.Single(svg.WithClass("highlighted"));
        var marker = highlighted.Single("point");

        Assert.Same(rows[1], highlighted);
        Assert.Equal(XName.Get("rect", ChartSvg.Svg.NamespaceName), marker.Name);
        Assert.Equal(328, marker.Number("x"));
        Assert.Equal(70, marker.Number("y"));
        Assert.Equal("bold", (string?)highlighted.Single("category-label").Attribute("font-weight"));
        Assert.Equal(XName.Get("circle", ChartSvg.Svg.NamespaceName), rows[0].Single("point").Name);
    }

    [Fact]
    public void Band_is_shaded_down_the_plot_between_its_ends()
    {
        var band = Render().Single("band-area");

        Assert.Equal(240.4, band.Number("x"));
        Assert.Equal(46.8, band.Number("width"));
        Assert.Equal(40, band.Number("y"));
        Assert.Equal(96, band.Number("height"));
    }

    [Fact]
    public void Description_ranks_the_items_and_names_the_highlighted_one()
    {
        var desc = Render().Desc();

        Assert.Contains("1. A: 30.0% (95% interval 20.0% to 40.0%). 2. B: 20.0%", desc, StringComparison.Ordinal);
        Assert.Contains("C: no figure ([c]).", desc, StringComparison.Ordinal);
        Assert.Contains("Highlighted: B.", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_labels_are_shortened_on_the_chart_but_kept_whole_in_the_description()
    {
        const string name = "Royal Borough of Kensington and Chelsea Council Information Technology";
        var svg = ChartSvg.Parse(RankedDotPlot.Render("ranking", "t", "women's share", [new IntervalValue(name, 0.2)]));
        var label = svg.Single("category-label").Value;

        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.True(label.Length < name.Length);
        Assert.Contains(name, svg.Desc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_values_are_written_with_two_decimals()
    {
        var svg = ChartSvg.Parse(RankedDotPlot.Render("ranking", "t", "relative likelihood", [new IntervalValue("A", 1.2, 0.9, 1.6)], ValueFormat.Ratio));

        Assert.Equal("1.20", svg.Single("value-label").Value);
        Assert.Equal(["0.0", "0.5", "1.0", "1.5", "2.0"], svg.WithClass("tick-label").Select(t => t.Value));
    }
}
