using System.Globalization;
using System.Xml.Linq;

namespace EidAnalytics.Core.Tests.Charts;

/// <summary>Reads chart SVG back as XML so tests can assert on marks by their class.</summary>
internal static class ChartSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg) => XElement.Parse(svg);

    public static List<XElement> WithClass(this XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true).ToList();

    public static XElement Single(this XElement root, string cssClass) => Assert.Single(root.WithClass(cssClass));

    public static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The lines of a text element: its tspans, or its text when it has one line.</summary>
    public static List<string> Lines(this XElement text) =>
        text.Elements(Svg + "tspan").Any() ? text.Elements(Svg + "tspan").Select(t => t.Value).ToList() : [text.Value];

    public static string Title(this XElement root) => root.Element(Svg + "title")!.Value;

    public static string Desc(this XElement root) => root.Element(Svg + "desc")!.Value;
}
