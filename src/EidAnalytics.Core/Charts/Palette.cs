namespace EidAnalytics.Core.Charts;

/// <summary>
/// GOV.UK Frontend colours. Deliberately no red or green: higher is not simply better for these
/// figures, and every mark also carries a label or a shape so colour is never the only cue.
/// </summary>
internal static class Palette
{
    public const string Ink = "#0b0c0c";
    public const string Blue = "#1d70b8";
    public const string DarkGrey = "#505a5f";
    public const string MidGrey = "#b1b4b6";
    public const string LightGrey = "#f3f2f1";
    public const string White = "#ffffff";

    public const double LabelSize = 13;
    public const double SmallSize = 12;

    public static readonly Stroke Gridline = new(MidGrey, 0.5);
    public static readonly Stroke Axis = new(DarkGrey, 1);
    public static readonly Stroke BandEdge = new(DarkGrey, 1, "4 3");
    public static readonly Stroke Whisker = new(Ink, 1.5);
}
