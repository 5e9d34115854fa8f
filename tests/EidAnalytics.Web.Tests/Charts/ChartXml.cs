using System.Globalization;
using System.Xml.Linq;

namespace EidAnalytics.Web.Tests.Charts;

/// <summary>Reads a rendered chart as XML, as a browser or a screen reader would get it.</summary>
internal static class ChartXml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The words of every text element, trimmed (ScottPlot indents them).</summary>
    public static List<string> Texts(this XElement svg) =>
        svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    /// <summary>Rectangles drawn in a colour (ScottPlot writes upper-case hex).</summary>
    public static List<XElement> Rects(this XElement svg, string fill) =>
        svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("fill") == fill).ToList();

    /// <summary>The titles of the transparent marks laid over the points, in drawing order.</summary>
    public static List<string> MarkTitles(this XElement svg) =>
        svg.Descendants(Svg + "circle").Where(c => ((string?)c.Attribute("class"))?.StartsWith("mark", StringComparison.Ordinal) == true)
            .Select(c => c.Element(Svg + "title")!.Value).ToList();
}
