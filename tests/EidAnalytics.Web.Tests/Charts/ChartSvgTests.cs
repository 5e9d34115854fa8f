using EidAnalytics.Charts;
using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Web.Tests.Charts;

/// <summary>
/// The SVG every chart becomes, read as XML: the marks stand where hand-worked values put them, the
/// words are there in the shipped font, and the document scales and names itself for screen readers.
/// </summary>
public sealed class ChartSvgTests
{
    private const string Blue = "#1D70B8";
    private const string BandGrey = "#E8E8E8";
    private static readonly ReferenceBand Band = new(0.12, 0.16);

    private static readonly ShareByLevelChart Levels = ShareByLevelChart.Create("levels", "Women's share by level",
        [new("1 Trainee", 0.10, 0.05, 0.18), new("2 Junior", 0.20), new("3 Practitioner", 0.40), new("4 Senior", null, Note: "no one at this level")], Band);

    [Fact]
    public void Bars_are_as_tall_as_their_shares_and_the_band_spans_12_to_16_percent_on_the_same_scale()
    {
        var svg = ChartXml.Parse(ChartSvg.Render(Levels));

        // Bars drawn from one baseline: heights in the ratio 0.10 : 0.20 : 0.40 = 1 : 2 : 4.
        var bars = svg.Rects(Blue).Where(r => r.Number("width") > 20).ToList();
        Assert.Equal(3, bars.Count);
        var unit = bars[0].Number("height") / 0.10;
        Assert.Equal(0.20 * unit, bars[1].Number("height"), 1);
        Assert.Equal(0.40 * unit, bars[2].Number("height"), 1);
        var baseline = bars[0].Number("y") + bars[0].Number("height");
        // The band: 4 points of share tall, its lower edge 12 points above the baseline.
        var band = svg.Rects(BandGrey).MaxBy(r => r.Number("width"))!;
        Assert.Equal(0.04 * unit, band.Number("height"), 1);
        Assert.Equal(0.12 * unit, baseline - (band.Number("y") + band.Number("height")), 1);
    }

    [Fact]
    public void Values_labels_ticks_and_the_missing_levels_note_are_written_as_text()
    {
        var texts = ChartXml.Parse(ChartSvg.Render(Levels)).Texts();

        Assert.Contains("10.0%", texts);
        Assert.Contains("40.0%", texts);
        Assert.Contains("1 Trainee", texts);
        // The axis reaches the highest value (40%), so it ends at 40%.
        Assert.Contains("40%", texts);
        Assert.DoesNotContain("50%", texts);
        Assert.Contains(texts, t => t.Contains("no one at", StringComparison.Ordinal));
        Assert.Contains("Baseline band 12–16%", texts);
    }

    [Fact]
    public void Text_is_measured_with_the_shipped_font_and_asks_the_browser_for_it()
    {
        var svg = ChartXml.Parse(ChartSvg.Render(Levels));
        var value = svg.Descendants(ChartXml.Svg + "text").Single(t => t.Value.Trim() == "20.0%");

        // One position per glyph: ScottPlot laid the text out with a font it found ("20.0%" is 5 glyphs).
        var positions = ((string)value.Attribute("x")!).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, positions.Length);
        Assert.StartsWith("Liberation Sans", (string?)value.Attribute("font-family"));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Fonts", "OFL.txt")), "the font's licence travels with it");
    }

    [Fact]
    public void Every_text_is_at_least_13_units_so_it_prints_at_9_pt_or_more_at_160_mm_wide()
    {
        foreach (var chart in AllCharts())
        {
            var sizes = ChartXml.Parse(ChartSvg.Render(chart)).Descendants(ChartXml.Svg + "text").Select(t => t.Number("font-size")).ToList();

            Assert.NotEmpty(sizes);
            Assert.All(sizes, size => Assert.True(size >= 13, $"{chart.Id}: text of {size}"));
        }
    }

    [Fact]
    public void Every_chart_scales_to_its_container_and_is_one_named_image()
    {
        foreach (var chart in AllCharts())
        {
            var svg = ChartXml.Parse(ChartSvg.Render(chart));

            Assert.Equal("100%", (string?)svg.Attribute("width"));
            Assert.Null(svg.Attribute("height"));
            Assert.Matches(@"^0 0 640 \d+$", (string?)svg.Attribute("viewBox"));
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.Equal($"{chart.Id}-title {chart.Id}-desc", (string?)svg.Attribute("aria-labelledby"));
            Assert.Equal(chart.Title, svg.Element(ChartXml.Svg + "title")!.Value);
            Assert.Equal(chart.Description, svg.Element(ChartXml.Svg + "desc")!.Value);
        }
    }

    [Fact]
    public void Element_ids_belong_to_their_chart_so_two_charts_on_a_page_keep_their_own_clip_paths()
    {
        var svg = ChartXml.Parse(ChartSvg.Render(Levels));
        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        var references = svg.Descendants().Select(e => (string?)e.Attribute("clip-path")).OfType<string>().ToList();

        Assert.All(ids, id => Assert.StartsWith("levels-", id));
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r["url(#".Length..^1], ids));
    }

    [Fact]
    public void A_funnel_plot_draws_dashed_95_and_dotted_998_limits_inside_the_plot_and_names_every_point()
    {
        FunnelPoint[] points =
        [
            new("Alder", 64, 0.1875, 0.11, 0.30), new("Birch & Co", 75, 0.20, Highlighted: true), new("Cedar", 40, 0.225),
        ];
        var chart = FunnelPlot.Create("funnel", "Funnel", "Women's share", "Staff", points, 0.14, FunnelCurves.Around(0.14, 75), band: Band);
        var svg = ChartXml.Parse(ChartSvg.Render(chart));

        var dashed = svg.Descendants(ChartXml.Svg + "path").Where(p => (string?)p.Attribute("stroke-dasharray") == "6 4").ToList();
        var dotted = svg.Descendants(ChartXml.Svg + "path").Where(p => (string?)p.Attribute("stroke-dasharray") == "2 3").ToList();
        // Two curves each, clipped to the plot; one more of each as the legend's sample, outside it.
        Assert.Equal(3, dotted.Count);
        Assert.True(dotted.Count(p => p.Ancestors(ChartXml.Svg + "g").Any(g => g.Attribute("clip-path") is not null)) >= 2);
        Assert.True(dashed.Count(p => p.Ancestors(ChartXml.Svg + "g").Any(g => g.Attribute("clip-path") is not null)) >= 2);
        Assert.Equal(
            ["Alder: 18.8% (95% interval 11.0% to 30.0%), staff 64", "Birch & Co: 20.0%, staff 75", "Cedar: 22.5%, staff 40"],
            svg.MarkTitles());
        Assert.Single(svg.Descendants(ChartXml.Svg + "circle"), c => (string?)c.Attribute("class") == "mark highlighted");
        Assert.Contains("Birch & Co", svg.Texts());
    }

    [Fact]
    public void Pipeline_ratios_of_half_and_double_sit_the_same_distance_either_side_of_the_line_at_1()
    {
        var chart = PipelineRatioChart.Create("pipeline", "Pipeline", [new("2 Junior", 0.5), new("3 Practitioner", 2), new("4 Senior", 1)]);
        var points = ChartXml.Parse(ChartSvg.Render(chart)).Descendants(ChartXml.Svg + "ellipse")
            .Where(e => (string?)e.Attribute("fill") == Blue && e.Number("rx") > 5).Select(e => e.Number("cy")).ToList();

        Assert.Equal(3, points.Count);
        Assert.Equal(points[0] - points[2], points[2] - points[1], 1);
    }

    [Fact]
    public void Pay_quartiles_write_both_shares_so_the_chart_reads_without_colour()
    {
        var chart = PayQuartileChart.Create("pay", "Pay", [new("Lower quartile", 0.4), new("Upper quartile", null, "too few people")]);
        var texts = ChartXml.Parse(ChartSvg.Render(chart)).Texts();

        Assert.Contains("Women 40.0%", texts);
        Assert.Contains("Men 60.0%", texts);
        Assert.Contains("too few people", texts);
    }

    [Fact]
    public void A_dot_plots_points_are_titled_in_rank_order()
    {
        var chart = RankedDotPlot.Create("ranking", "Ranking", "women's share",
            [new("Birch", 0.10, 0.05, 0.2), new("Alder", 0.30, 0.2, 0.4, Highlighted: true), new("Cedar", null, Note: "[c]")]);
        var svg = ChartXml.Parse(ChartSvg.Render(chart));

        Assert.Equal(["1. Alder: 30.0% (95% interval 20.0% to 40.0%)", "2. Birch: 10.0% (95% interval 5.0% to 20.0%)"], svg.MarkTitles());
        Assert.Contains("[c]", svg.Texts());
    }

    [Fact]
    public void A_trend_titles_each_snapshots_point_and_a_gap_breaks_its_line()
    {
        var chart = LineBandChart.Create("trend", "Trend", "women's share", [new(2023, "Mar 2023"), new(2024, "Mar 2024"), new(2025, "Mar 2025")],
            [new LineSeries("IT function", [new(2023, 0.12, 0.08, 0.17), new(2024, null), new(2025, 0.15, 0.11, 0.2)])], band: Band, target: 0.3);
        var svg = ChartXml.Parse(ChartSvg.Render(chart));

        Assert.Equal(["IT function, Mar 2023: 12.0% (95% interval 8.0% to 17.0%)", "IT function, Mar 2025: 15.0% (95% interval 11.0% to 20.0%)"],
            svg.MarkTitles());
        Assert.Contains("Target 30.0%", svg.Texts());
        Assert.Contains("Mar 2024", svg.Texts());
        // The axis reaches the target: 30% is its top tick.
        Assert.Contains("30%", svg.Texts());
    }

    [Fact]
    public void A_model_with_nothing_to_plot_is_refused_so_a_page_shows_its_sentence_instead()
    {
        var empty = ShareByLevelChart.Create("levels", "Levels", [new("1 Trainee", null)]);

        Assert.NotNull(empty.Empty);
        Assert.Throws<ArgumentException>(() => ChartSvg.Render(empty));
    }

    private static IEnumerable<ChartModel> AllCharts()
    {
        yield return Levels;
        yield return PipelineRatioChart.Create("pipeline", "Pipeline", [new("2 Junior", 0.7, 0.5, 1.1), new("3 Practitioner", null, Note: "no women at this level")]);
        yield return FunnelPlot.Create("funnel", "Funnel", "Women's share", "Staff", [new("Alder", 64, 0.19)], 0.14, FunnelCurves.Around(0.14, 64), band: Band);
        yield return RankedDotPlot.Create("ranking", "Ranking", "share", [new("Alder", 0.19, 0.1, 0.3)], band: Band);
        yield return PayQuartileChart.Create("pay", "Pay", [new("Lower quartile", 0.4)]);
        yield return LineBandChart.Create("trend", "Trend", "women's share", [new(2024, "Mar 2024"), new(2025, "Mar 2025")],
            [new LineSeries("IT function", [new(2024, 0.12, 0.08, 0.17), new(2025, 0.14, 0.1, 0.19)])], band: Band);
    }
}
