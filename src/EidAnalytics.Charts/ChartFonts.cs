namespace EidAnalytics.Charts;

/// <summary>
/// The font every chart is measured and written with: Liberation Sans (SIL OFL, licence in Fonts/OFL.txt),
/// shipped beside the assembly and registered with ScottPlot explicitly. With no font found, ScottPlot
/// draws no text at all and says nothing, so a missing file fails loudly here instead. It is
/// metric-compatible with Arial, so a browser without it lays the text out the same.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "Liberation Sans";

    /// <summary>What the SVG's text asks the browser for: the shipped font, then its metric twin.</summary>
    public const string CssFamily = "Liberation Sans, Arial, sans-serif";

    private static readonly Lazy<string> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font once per process; returns its family name.</summary>
    public static string Ensure() => Registration.Value;

    private static string Register()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fonts");
        foreach (var (file, bold) in new[] { ("LiberationSans-Regular.ttf", false), ("LiberationSans-Bold.ttf", true) })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The chart font {path} is missing: without it every chart's text would vanish.");
            }
            ScottPlot.Fonts.AddFontFile(Family, path, bold, italic: false);
        }
        ScottPlot.Fonts.Default = Family;
        return Family;
    }
}
