using System.Globalization;
using System.Security;
using System.Text;
using EidAnalytics.Core.Charts;

namespace EidAnalytics.Charts;

/// <summary>
/// The one entry point that turns a chart model into SVG to put inline in a page or a printed briefing.
/// ScottPlot draws it; this adds what ScottPlot leaves out: a viewBox so the chart scales to its container,
/// role="img" with a title and description, a title on every identifiable point, and element ids made
/// unique to the chart so that several charts on one page do not share each other's clip paths.
/// </summary>
public static class ChartSvg
{
    private const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>The chart as an SVG element. Throws when the model has nothing to plot: show <see cref="ChartModel.Empty"/> instead.</summary>
    public static string Render(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Empty is not null)
        {
            throw new ArgumentException($"Chart {model.Id} has nothing to plot ({model.Empty}); show that sentence instead.", nameof(model));
        }
        var drawing = model switch
        {
            ShareByLevelChart levels => ShareByLevelDrawing.Draw(levels),
            PipelineRatioChart pipeline => PipelineRatioDrawing.Draw(pipeline),
            FunnelPlot funnel => FunnelPlotDrawing.Draw(funnel),
            RankedDotPlot ranking => RankedDotPlotDrawing.Draw(ranking),
            PayQuartileChart quartiles => PayQuartileDrawing.Draw(quartiles),
            LineBandChart lines => LineBandDrawing.Draw(lines),
            _ => throw new ArgumentException($"No drawing for {model.GetType().Name}.", nameof(model)),
        };
        var raw = drawing.Plot.GetSvgXml(ChartStyle.Width, drawing.Height);
        return Finish(model, drawing, raw);
    }

    private static string Finish(ChartModel model, Drawing drawing, string raw)
    {
        var open = raw.IndexOf("<svg", StringComparison.Ordinal);
        var bodyStart = raw.IndexOf('>', open) + 1;
        var bodyEnd = raw.LastIndexOf("</svg>", StringComparison.Ordinal);
        var body = raw.AsSpan(bodyStart, bodyEnd - bodyStart).ToString()
            .Replace("id=\"", $"id=\"{model.Id}-", StringComparison.Ordinal)
            .Replace("url(#", $"url(#{model.Id}-", StringComparison.Ordinal)
            .Replace($"font-family=\"{ChartFonts.Family}\"", $"font-family=\"{ChartFonts.CssFamily}\"", StringComparison.Ordinal);
        body = DashedLines.Apply(body);
        var svg = new StringBuilder(body.Length + 512 + (drawing.Titles.Count * 96));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"{Namespace}\" class=\"eid-chart__svg\" viewBox=\"0 0 {ChartStyle.Width} {drawing.Height}\" width=\"100%\" ");
        svg.Append(CultureInfo.InvariantCulture,
            $"role=\"img\" aria-labelledby=\"{model.Id}-title {model.Id}-desc\" data-chart=\"{model.Id}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{model.Id}-title\">{SecurityElement.Escape(model.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{model.Id}-desc\">{SecurityElement.Escape(model.Description)}</desc>");
        svg.Append(body);
        if (drawing.Titles.Count > 0)
        {
            // Transparent targets over the points: hovering one names it, and tests can find each point by its words.
            svg.Append("<g class=\"eid-chart__marks\" fill=\"transparent\">");
            foreach (var mark in drawing.Titles)
            {
                var at = drawing.Plot.GetPixel(mark.At);
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{(mark.Highlighted ? "mark highlighted" : "mark")}\" cx=\"{at.X:0.##}\" cy=\"{at.Y:0.##}\" r=\"7\"><title>{SecurityElement.Escape(mark.Text)}</title></circle>");
            }
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
