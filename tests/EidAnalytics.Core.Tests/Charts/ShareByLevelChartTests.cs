using System.Globalization;
using System.Xml.Linq;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class ShareByLevelChartTests
{
    // Plot geometry for a chart with a one-row legend: the plot runs from x 56 to 624 and from
    // y 348 (0%) up to y 48 (the axis maximum), so a share v sits at y = 348 - 300 v / max.
    private static readonly IntervalValue[] Levels =
    [
        new("1 Trainee", 0.1875, 0.1106, 0.2997),
        new("2 Junior", 0.20, 0.12, 0.28),
        new("3 Practitioner", 0.15, 0.10, 0.22),
        new("4 Senior", 0.125, 0.08, 0.19),
        new("5 Lead/principal", null, Note: "too few people"),
        new("6 Head/director", 0.10, 0.03, 0.25),
    ];

    private static readonly ReferenceBand Baseline = new(0.12, 0.16);

    private static XElement Render(ShareAxis axis = ShareAxis.Auto) =>
        ChartSvg.Parse(ShareByLevelChart.Render("levels", "Women's share by level", Levels, Baseline, axis));

    [Fact]
    public void Chart_is_an_image_named_by_its_title_and_described_by_its_desc()
    {
        var svg = Render();

        Assert.Equal(ChartSvg.Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("levels-title levels-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("levels-title", (string?)svg.Element(ChartSvg.Svg + "title")!.Attribute("id"));
        Assert.Equal("levels-desc", (string?)svg.Element(ChartSvg.Svg + "desc")!.Attribute("id"));
        Assert.Equal("Women's share by level", svg.Title());
        Assert.Equal("0 0 640 400", (string?)svg.Attribute("viewBox"));
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.Equal("inherit", (string?)svg.Attribute("font-family"));
    }

    [Fact]
    public void Description_reads_every_level_its_interval_and_the_band_in_plain_english()
    {
        var desc = Render().Desc();

        Assert.Contains("1 Trainee: 18.8% (95% interval 11.1% to 30.0%).", desc, StringComparison.Ordinal);
        Assert.Contains("5 Lead/principal: no figure (too few people).", desc, StringComparison.Ordinal);
        Assert.Contains("Baseline band 12–16%", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_has_one_slot_per_level_with_its_label_and_value_text()
    {
        var slots = Render().WithClass("slot");

        Assert.Equal(6, slots.Count);
        Assert.Equal(
            [["1 Trainee"], ["2 Junior"], ["3", "Practitioner"], ["4 Senior"], ["5 Lead/", "principal"], ["6 Head/", "director"]],
            slots.Select(slot => slot.Single("category-label").Lines()));
        Assert.Equal(
            ["18.8%", "20.0%", "15.0%", "12.5%", "10.0%"],
            slots.SelectMany(slot => slot.WithClass("value-label")).Select(text => text.Value));
    }

    [Fact]
    public void Auto_axis_runs_to_the_highest_interval_end_rounded_up_to_the_next_ten_percent()
    {
        var ticks = Render().WithClass("tick-label").Select(t => t.Value);

        Assert.Equal(["0%", "10%", "20%", "30%"], ticks);
    }

    [Fact]
    public void Bar_rises_from_zero_to_its_value_on_the_axis_scale()
    {
        var bar = Render().WithClass("slot")[0].Single("bar");

        // Axis 0–30%: 18.75% is 187.5 of 300 px above y 348; slot 1 is centred at 56 + 568/12.
        Assert.Equal(160.5, bar.Number("y"));
        Assert.Equal(187.5, bar.Number("height"));
        Assert.Equal(75.33, bar.Number("x"));
        Assert.Equal(56, bar.Number("width"));
    }

    [Fact]
    public void Baseline_band_spans_12_to_16_percent_on_the_auto_axis()
    {
        var svg = Render();
        var band = svg.Single("band-area");

        // Axis 0–30%: 16% is at 348 - 160 = 188 and 12% at 348 - 120 = 228.
        Assert.Equal(56, band.Number("x"));
        Assert.Equal(568, band.Number("width"));
        Assert.Equal(188, band.Number("y"));
        Assert.Equal(40, band.Number("height"));
        Assert.Contains(svg.WithClass("legend-label"), label => label.Value == "Baseline band 12–16%");
    }

    [Fact]
    public void Baseline_band_spans_12_to_16_percent_on_the_full_axis()
    {
        var band = Render(ShareAxis.Full).Single("band-area");

        // Axis 0–100%: 16% is at 348 - 48 = 300, and 4 points are 12 px tall.
        Assert.Equal(300, band.Number("y"));
        Assert.Equal(12, band.Number("height"));
    }

    [Fact]
    public void Full_axis_runs_from_0_to_100_percent_in_steps_of_ten()
    {
        var ticks = Render(ShareAxis.Full).WithClass("tick-label").Select(t => t.Value).ToList();

        Assert.Equal(11, ticks.Count);
        Assert.Equal("100%", ticks[^1]);
    }

    [Fact]
    public void Whisker_spans_the_interval_from_ci_low_to_ci_high_on_the_axis_scale()
    {
        var slot = Render().WithClass("slot")[0];
        var whisker = slot.Single("whisker");
        var caps = slot.WithClass("whisker-cap");

        // Axis 0–30%: 11.06% at 348 - 110.6 and 29.97% at 348 - 299.7, on the slot's centre line.
        Assert.Equal(103.33, whisker.Number("x1"));
        Assert.Equal(103.33, whisker.Number("x2"));
        Assert.Equal(237.4, whisker.Number("y1"));
        Assert.Equal(48.3, whisker.Number("y2"));
        Assert.Equal([237.4, 48.3], caps.Select(cap => cap.Number("y1")));
    }

    [Fact]
    public void Value_label_sits_above_the_top_of_the_interval()
    {
        var label = Render().WithClass("slot")[0].Single("value-label");

        Assert.Equal(42.3, label.Number("y"));
        Assert.Equal(103.33, label.Number("x"));
    }

    [Fact]
    public void Missing_value_draws_no_bar_and_no_whisker_but_its_note()
    {
        var slot = Render().WithClass("slot")[4];

        Assert.Empty(slot.WithClass("bar"));
        Assert.Empty(slot.WithClass("whisker"));
        Assert.Empty(slot.WithClass("value-label"));
        Assert.Equal(["too few", "people"], slot.Single("note").Lines());
    }

    [Fact]
    public void Missing_value_without_a_note_says_no_figure()
    {
        var svg = ChartSvg.Parse(ShareByLevelChart.Render("levels", "t", [new IntervalValue("1 Trainee", null)]));

        Assert.Equal(["no figure"], svg.Single("note").Lines());
    }

    [Fact]
    public void Chart_without_a_band_has_no_band_and_no_band_legend()
    {
        var svg = ChartSvg.Parse(ShareByLevelChart.Render("levels", "t", Levels));

        Assert.Empty(svg.WithClass("band-area"));
        Assert.Equal(["95% interval"], svg.WithClass("legend-label").Select(l => l.Value));
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_under_a_german_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        string text;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            text = ShareByLevelChart.Render("levels", "t", Levels, Baseline);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
        var svg = ChartSvg.Parse(text);

        Assert.Contains("18.8%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("18,8", text, StringComparison.Ordinal);
        Assert.Equal(160.5, svg.WithClass("slot")[0].Single("bar").Number("y"));
        Assert.Contains("(95% interval 11.1% to 30.0%)", svg.Desc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Id_that_could_break_the_page_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ShareByLevelChart.Render("a b\"", "t", Levels));
    }
}
