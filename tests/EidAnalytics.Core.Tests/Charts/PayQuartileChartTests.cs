using System.Xml.Linq;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class PayQuartileChartTests
{
    // Bars run from x 136 and are 480 px wide; the first starts at y 40, below a one-row legend.
    private static readonly PayQuartileShare[] Quartiles =
    [
        new("Lower quartile", 0.25),
        new("Lower middle quartile", 0.5),
        new("Upper middle quartile", 0.1875),
        new("Upper quartile", null, "[c]"),
    ];

    private static XElement Render() => ChartSvg.Parse(PayQuartileChart.Render("quartiles", "Pay quartiles", Quartiles));

    [Fact]
    public void Chart_has_one_row_per_quartile_in_the_order_given()
    {
        var rows = Render().WithClass("quartile");

        Assert.Equal(4, rows.Count);
        Assert.Equal(["Lower quartile"], rows[0].Single("category-label").Lines());
        Assert.Equal(["Upper quartile"], rows[3].Single("category-label").Lines());
    }

    [Fact]
    public void Women_and_men_segments_together_fill_the_whole_bar()
    {
        foreach (var row in Render().WithClass("quartile").Take(3))
        {
            var women = row.Single("women");
            var men = row.Single("men");

            Assert.Equal(136, women.Number("x"));
            Assert.Equal(women.Number("x") + women.Number("width"), men.Number("x"), 2);
            Assert.Equal(480, women.Number("width") + men.Number("width"), 2);
        }
    }

    [Fact]
    public void Women_segment_is_the_women_share_of_the_bar_width()
    {
        var rows = Render().WithClass("quartile");

        Assert.Equal(120, rows[0].Single("women").Number("width"));
        Assert.Equal(256, rows[0].Single("men").Number("x"));
        Assert.Equal(90, rows[2].Single("women").Number("width"));
        Assert.Equal(390, rows[2].Single("men").Number("width"));
        Assert.Equal(40, rows[0].Single("women").Number("y"));
        Assert.Equal(96, rows[1].Single("women").Number("y"));
    }

    [Fact]
    public void Both_shares_are_written_as_words_so_the_bar_reads_without_colour()
    {
        var rows = Render().WithClass("quartile");

        Assert.Equal(["Women 25.0%", "Men 75.0%"], rows[0].WithClass("value-label").Select(t => t.Value));
        Assert.Equal(["Women 18.8%", "Men 81.3%"], rows[2].WithClass("value-label").Select(t => t.Value));
    }

    [Fact]
    public void Missing_quartile_draws_no_segments_but_its_note()
    {
        var row = Render().WithClass("quartile")[3];

        Assert.Empty(row.WithClass("segment"));
        Assert.Equal("[c]", row.Single("note").Value);
    }

    [Fact]
    public void Legend_names_both_segments()
    {
        Assert.Equal(["Women", "Men"], Render().WithClass("legend-label").Select(t => t.Value));
    }

    [Fact]
    public void Description_reads_both_shares_of_every_quartile()
    {
        var desc = Render().Desc();

        Assert.Contains("Lower quartile: women 25.0%, men 75.0%.", desc, StringComparison.Ordinal);
        Assert.Contains("Upper quartile: no figure ([c]).", desc, StringComparison.Ordinal);
    }
}
