using System.Xml.Linq;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Core.Tests.Charts;

public class FunnelPlotTests
{
    // Denominators up to 80 give an x axis 0–80 in steps of 20 across x 72 to 616, so n sits at
    // x = 72 + 6.8 n; values up to 25% give a y axis 0–30% from y 340 up to y 40 (y = 340 - 1000 v).
    private static readonly FunnelPoint[] Points =
    [
        new("P1", 20, 0.25),
        new("P2", 50, 0.10),
        new("Ours", 80, 0.20),
    ];

    private static readonly FunnelLimits Limits = new(
        Lower95: [new(10, 0.05), new(100, 0.10)],
        Upper95: [new(10, 0.30), new(100, 0.20)],
        Lower998: [new(10, 0.00), new(100, 0.08)],
        Upper998: [new(10, 0.40), new(100, 0.22)]);

    private static XElement Render(string? highlight = "Ours") => ChartSvg.Parse(FunnelPlot.Render(
        "funnel", "Funnel", "Women's share", "Staff in the IT function", Points, 0.14, Limits, highlightLabel: highlight));

    [Fact]
    public void Points_sit_at_their_denominator_across_and_their_value_up()
    {
        var points = Render(highlight: null).WithClass("point");

        Assert.Equal([208.0, 412.0, 616.0], points.Select(p => p.Number("cx")));
        Assert.Equal([90.0, 240.0, 140.0], points.Select(p => p.Number("cy")));
    }

    [Fact]
    public void Benchmark_line_crosses_the_plot_at_its_value()
    {
        var line = Render().Single("benchmark");

        Assert.Equal(200, line.Number("y1"));
        Assert.Equal(200, line.Number("y2"));
        Assert.Equal(72, line.Number("x1"));
        Assert.Equal(616, line.Number("x2"));
    }

    [Fact]
    public void Control_limits_are_drawn_from_the_given_curves_and_clipped_to_the_plot()
    {
        var svg = Render();
        var limits = svg.Single("limits");
        var clip = svg.Descendants(ChartSvg.Svg + "clipPath").Single();
        var clipRect = clip.Element(ChartSvg.Svg + "rect")!;

        Assert.Equal(["140,290 752,240", "140,40 752,140"], svg.WithClass("limit-95").Select(l => (string)l.Attribute("points")!));
        Assert.Equal(["140,340 752,260", "140,-60 752,120"], svg.WithClass("limit-998").Select(l => (string)l.Attribute("points")!));
        Assert.Equal("url(#funnel-plot)", (string?)limits.Attribute("clip-path"));
        Assert.Equal("funnel-plot", (string?)clip.Attribute("id"));
        Assert.Equal([72.0, 40.0, 544.0, 300.0], [clipRect.Number("x"), clipRect.Number("y"), clipRect.Number("width"), clipRect.Number("height")]);
    }

    [Fact]
    public void Limit_styles_differ_by_dash_so_they_read_in_greyscale()
    {
        var svg = Render();

        Assert.NotEqual(
            (string?)svg.WithClass("limit-95")[0].Attribute("stroke-dasharray"),
            (string?)svg.WithClass("limit-998")[0].Attribute("stroke-dasharray"));
        Assert.Equal(["Benchmark 14.0%", "95% limits", "99.8% limits"], svg.WithClass("legend-label").Select(t => t.Value));
    }

    [Fact]
    public void Highlighted_point_is_a_labelled_square_drawn_last()
    {
        var svg = Render();
        var highlighted = svg.Single("highlighted");
        var marker = highlighted.Single("point");

        Assert.Same(svg.WithClass("point")[^1], marker);
        Assert.Equal(XName.Get("rect", ChartSvg.Svg.NamespaceName), marker.Name);
        Assert.Equal(611, marker.Number("x"));
        Assert.Equal(135, marker.Number("y"));
        // No room to its right at the plot's edge, so the label reads to the left of the point.
        var label = highlighted.Single("point-label");
        Assert.Equal("Ours", label.Value);
        Assert.Equal("end", (string?)label.Attribute("text-anchor"));
    }

    [Fact]
    public void Axes_are_titled_and_scaled_to_the_data()
    {
        var svg = Render();

        Assert.Equal(["Staff in the IT function", "Women's share"], svg.WithClass("axis-title").Select(t => t.Value));
        Assert.Equal(
            ["0", "20", "40", "60", "80", "0%", "10%", "20%", "30%"],
            svg.WithClass("tick-label").Select(t => t.Value));
    }

    [Fact]
    public void Points_without_finite_numbers_are_left_out()
    {
        var svg = ChartSvg.Parse(FunnelPlot.Render(
            "funnel", "t", "v", "n", [.. Points, new FunnelPoint("Broken", double.NaN, 0.1)], 0.14, Limits));

        Assert.Equal(3, svg.WithClass("point").Count);
        Assert.DoesNotContain("Broken", svg.Desc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Description_reads_each_point_and_the_benchmark()
    {
        var desc = Render().Desc();

        Assert.Contains("around the benchmark of 14.0%", desc, StringComparison.Ordinal);
        Assert.Contains("P1: 25.0% (Staff in the IT function: 20).", desc, StringComparison.Ordinal);
        Assert.Contains("Highlighted: Ours.", desc, StringComparison.Ordinal);
    }
}
