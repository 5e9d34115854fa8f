namespace EidAnalytics.Core.Charts;

/// <summary>
/// Fits labels into the space a chart gives them. Core cannot measure fonts (the page's font is
/// inherited), so widths are estimated from an average character width chosen a little wide for
/// GDS Transport and Arial: estimates err towards too much room, never overlapping text.
/// </summary>
internal static class TextFit
{
    private const double AverageCharWidth = 0.56;

    public static double Width(string text, double size) => text.Length * size * AverageCharWidth;

    /// <summary>
    /// Breaks text at spaces into lines that fit. A word too wide on its own is also broken after
    /// its slashes ("Lead/" "principal"), as level names are; otherwise it keeps a line of its own.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double size)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = Width(word, size) > maxWidth ? SplitAfterSlashes(word) : [word];
            for (var i = 0; i < pieces.Count; i++)
            {
                var candidate = line.Length == 0 ? pieces[i] : line + (i == 0 ? " " : "") + pieces[i];
                if (line.Length > 0 && Width(candidate, size) > maxWidth)
                {
                    lines.Add(line);
                    line = pieces[i];
                }
                else
                {
                    line = candidate;
                }
            }
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>Shortens text to fit with an ellipsis; the full text is in the chart's description.</summary>
    public static string Truncate(string text, double maxWidth, double size)
    {
        if (Width(text, size) <= maxWidth)
        {
            return text;
        }
        var keep = Math.Max(1, (int)Math.Floor(maxWidth / (size * AverageCharWidth)) - 1);
        return string.Concat(text.AsSpan(0, Math.Min(keep, text.Length)).TrimEnd(), "…");
    }

    private static List<string> SplitAfterSlashes(string word)
    {
        var parts = word.Split('/');
        return parts.Select((part, i) => i < parts.Length - 1 ? part + "/" : part).Where(part => part.Length > 0).ToList();
    }
}
