using System.Globalization;
using System.Text;
using System.Xml;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The one place chart SVG is written. It sits on <see cref="XmlWriter"/> so every document is
/// well-formed and every label is escaped (organisation names carry <c>&amp;</c> and <c>&lt;</c>),
/// and it writes every number with the invariant culture and at most two decimals so the output
/// is the same on any server and stays small.
/// </summary>
internal sealed class SvgWriter
{
    private const string Namespace = "http://www.w3.org/2000/svg";

    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Document,
        Indent = false,
    };

    private readonly XmlWriter xml;

    private SvgWriter(XmlWriter xml) => this.xml = xml;

    /// <summary>
    /// Writes a complete chart: the root element that scales to its container (width 100% and a
    /// viewBox), is announced as one image named by its title and described by its description,
    /// and inherits the page's font. <paramref name="draw"/> writes the marks.
    /// </summary>
    public static string Document(ChartFrame frame, Action<SvgWriter> draw)
    {
        ValidateId(frame.Id);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, Settings))
        {
            var svg = new SvgWriter(xml);
            xml.WriteStartElement("svg", Namespace);
            svg.Attr("class", "eid-chart");
            svg.Attr("viewBox", $"0 0 {Number(frame.Width)} {Number(frame.Height)}");
            svg.Attr("width", "100%");
            svg.Attr("role", "img");
            svg.Attr("aria-labelledby", $"{frame.Id}-title {frame.Id}-desc");
            svg.Attr("font-family", "inherit");
            svg.Start("title", null);
            svg.Attr("id", $"{frame.Id}-title");
            xml.WriteString(Clean(frame.Title));
            svg.End();
            svg.Start("desc", null);
            svg.Attr("id", $"{frame.Id}-desc");
            xml.WriteString(Clean(frame.Description));
            svg.End();
            draw(svg);
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    /// <summary>A number as SVG wants it: invariant culture, at most two decimals, no "-0".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public void StartGroup(string cssClass, string? clipPathId = null)
    {
        Start("g", cssClass);
        if (clipPathId is not null)
        {
            Attr("clip-path", $"url(#{clipPathId})");
        }
    }

    public void EndGroup() => End();

    /// <summary>Declares a clip path the size of <paramref name="area"/>, so curves stay inside the plot.</summary>
    public void ClipPath(string id, PlotArea area)
    {
        Start("defs", null);
        Start("clipPath", null);
        Attr("id", id);
        Rect(null, area.Left, area.Top, area.Width, area.Height, Palette.White);
        End();
        End();
    }

    public void Rect(string? cssClass, double x, double y, double width, double height, string fill)
    {
        Start("rect", cssClass);
        Attr("x", x);
        Attr("y", y);
        Attr("width", Math.Max(0, width));
        Attr("height", Math.Max(0, height));
        Attr("fill", fill);
        End();
    }

    public void Line(string cssClass, double x1, double y1, double x2, double y2, Stroke stroke)
    {
        Start("line", cssClass);
        Attr("x1", x1);
        Attr("y1", y1);
        Attr("x2", x2);
        Attr("y2", y2);
        StrokeAttrs(stroke);
        End();
    }

    public void Circle(string cssClass, double cx, double cy, double r, string fill)
    {
        Start("circle", cssClass);
        Attr("cx", cx);
        Attr("cy", cy);
        Attr("r", r);
        Attr("fill", fill);
        Attr("stroke", Palette.White);
        Attr("stroke-width", 1);
        End();
    }

    public void Polyline(string cssClass, IEnumerable<(double X, double Y)> points, Stroke stroke)
    {
        Start("polyline", cssClass);
        Attr("points", string.Join(' ', points.Select(p => $"{Number(p.X)},{Number(p.Y)}")));
        Attr("fill", "none");
        StrokeAttrs(stroke);
        End();
    }

    /// <summary>
    /// Writes text; several lines become <c>tspan</c>s one line-height apart, starting at
    /// <paramref name="y"/>.
    /// </summary>
    public void Text(string cssClass, double x, double y, IReadOnlyList<string> lines, TextStyle style)
    {
        Start("text", cssClass);
        Attr("x", x);
        Attr("y", y);
        Attr("font-size", $"{Number(style.Size)}px");
        if (style.Anchor != TextAnchor.Start)
        {
            Attr("text-anchor", style.Anchor == TextAnchor.Middle ? "middle" : "end");
        }
        if (style.Bold)
        {
            Attr("font-weight", "bold");
        }
        if (style.Italic)
        {
            Attr("font-style", "italic");
        }
        Attr("fill", style.Colour);
        if (style.Halo)
        {
            Attr("stroke", Palette.White);
            Attr("stroke-width", 3);
            Attr("stroke-linejoin", "round");
            Attr("paint-order", "stroke");
        }
        if (style.Upright)
        {
            Attr("transform", $"rotate(-90 {Number(x)} {Number(y)})");
        }
        if (lines.Count == 1)
        {
            xml.WriteString(Clean(lines[0]));
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                Start("tspan", null);
                Attr("x", x);
                Attr("dy", i == 0 ? 0 : style.LineHeight);
                xml.WriteString(Clean(lines[i]));
                End();
            }
        }
        End();
    }

    public void Text(string cssClass, double x, double y, string text, TextStyle style) =>
        Text(cssClass, x, y, [text], style);

    private void StrokeAttrs(Stroke stroke)
    {
        Attr("stroke", stroke.Colour);
        Attr("stroke-width", stroke.Width);
        if (stroke.Dash is not null)
        {
            Attr("stroke-dasharray", stroke.Dash);
        }
    }

    private void Start(string name, string? cssClass)
    {
        xml.WriteStartElement(name, Namespace);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }
    }

    private void End() => xml.WriteEndElement();

    private void Attr(string name, string value) => xml.WriteAttributeString(name, value);

    private void Attr(string name, double value) => xml.WriteAttributeString(name, Number(value));

    /// <summary>
    /// Drops characters XML cannot carry at all (control characters from a badly exported HR
    /// file), so a stray byte in an organisation's name cannot stop its chart being drawn.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }
        return clean.Length == text.Length ? text : clean.ToString();
    }

    /// <summary>
    /// Element ids end up in <c>aria-labelledby</c> and <c>url(#…)</c> on a page that may hold several
    /// charts, so they must be plain and are checked here rather than escaped.
    /// </summary>
    private static void ValidateId(string id)
    {
        var valid = id.Length > 0 && char.IsAsciiLetter(id[0])
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"Chart id \"{id}\" must start with a letter and hold only letters, digits, '-' and '_'.", nameof(id));
        }
    }
}
