namespace EidAnalytics.Core.Charts;

/// <summary>The outer facts of a chart: its element id (unique on the page), size and accessible text.</summary>
internal sealed record ChartFrame(string Id, double Width, double Height, string Title, string Description);

/// <summary>The rectangle, in viewBox units, inside which data are plotted.</summary>
internal readonly record struct PlotArea(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;
}

/// <summary>How a line is drawn; a dash pattern keeps line kinds apart in greyscale print.</summary>
internal readonly record struct Stroke(string Colour, double Width, string? Dash = null);

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// Text settings. Sizes are px so text keeps its proportion to the drawing as it scales.
/// <see cref="Upright"/> turns the text to read bottom to top, for a vertical axis title.
/// <see cref="Halo"/> outlines it in white so it stays legible where it crosses lines.
/// </summary>
internal readonly record struct TextStyle(
    double Size,
    TextAnchor Anchor = TextAnchor.Start,
    bool Bold = false,
    bool Italic = false,
    string Colour = Palette.Ink,
    bool Upright = false,
    bool Halo = false)
{
    public double LineHeight => Math.Round(Size * 1.25, 2);
}
