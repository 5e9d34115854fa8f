using System.Globalization;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

/// <summary>What every chart must do with text it is given: escape it and never fail on it.</summary>
public class ChartTextTests
{
    private const string Awkward = "A&B <Council>";

    public static TheoryData<string, Func<string, string>> Charts => new()
    {
        { "level chart", text => ShareByLevelChart.Render("c", text, [new IntervalValue(text, 0.2)]) },
        { "pipeline chart", text => PipelineRatioChart.Render("c", text, [new IntervalValue(text, 1.1)]) },
        { "pay quartile chart", text => PayQuartileChart.Render("c", text, [new PayQuartileShare(text, 0.4)]) },
        { "ranked dot plot", text => RankedDotPlot.Render("c", text, "share", [new IntervalValue(text, 0.2)], highlightLabel: text) },
        {
            "funnel plot", text => FunnelPlot.Render(
                "c", text, "share", "staff", [new FunnelPoint(text, 10, 0.2)], 0.14, new FunnelLimits([], [], [], []), highlightLabel: text)
        },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Ampersands_and_angle_brackets_in_names_round_trip_through_the_svg(string chart, Func<string, string> render)
    {
        var text = render(Awkward);
        var svg = ChartSvg.Parse(text);

        Assert.True(text.Contains("A&amp;B &lt;Council&gt;", StringComparison.Ordinal), chart);
        Assert.Equal(Awkward, svg.Title());
        Assert.Contains(Awkward, svg.Desc(), StringComparison.Ordinal);
        Assert.Contains(svg.Descendants(ChartSvg.Svg + "text"), label => string.Join(" ", label.Lines()) == Awkward);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Characters_xml_cannot_carry_are_dropped_rather_than_failing_the_chart(string chart, Func<string, string> render)
    {
        var svg = ChartSvg.Parse(render("Bad\u0001Name"));

        Assert.True(svg.Title() == "BadName", chart);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_chart_is_an_image_with_a_viewbox_that_scales_to_its_container(string chart, Func<string, string> render)
    {
        var svg = ChartSvg.Parse(render("Name"));

        Assert.True((string?)svg.Attribute("role") == "img", chart);
        Assert.Equal("c-title c-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.Matches(@"^0 0 640 \d+(\.\d+)?$", (string?)svg.Attribute("viewBox"));
        Assert.All(
            svg.Descendants(ChartSvg.Svg + "text"),
            label => Assert.EndsWith("px", (string?)label.Attribute("font-size"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void No_number_is_written_with_a_decimal_comma_under_a_german_culture(string chart, Func<string, string> render)
    {
        var original = CultureInfo.CurrentCulture;
        string text;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            text = render("Name");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.DoesNotMatch(@"\d,\d", text);
        Assert.True(text.Contains('.', StringComparison.Ordinal), chart);
    }

    [Fact]
    public void Red_and_green_are_never_used()
    {
        var text = string.Concat(Charts.Select(row => ((Func<string, string>)row[1])("Name")));

        Assert.DoesNotContain("#d4351c", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#00703c", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("red", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("green", text, StringComparison.OrdinalIgnoreCase);
    }
}
