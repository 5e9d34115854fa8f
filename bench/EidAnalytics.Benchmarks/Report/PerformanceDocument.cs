using System.Text;

namespace EidAnalytics.Benchmarks.Report;

/// <summary>
/// Puts the generated section into docs/performance.md in place of the one between the bench
/// markers, leaving the hand-written parts of the file (before/after, the reasons behind each
/// target) as they are; a file without the markers is written afresh with only the section.
/// </summary>
public static class PerformanceDocument
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string path, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path, Utf8) : null;
        var updated = text is not null && text.Contains(PerformanceSection.BeginMarker, StringComparison.Ordinal)
            ? Splice(text, section)
            : $"# Performance\n\n{section}\n";
        var part = path + ".part";
        File.WriteAllText(part, updated, Utf8);
        File.Move(part, path, overwrite: true);
    }

    /// <summary>The document with every line from a begin marker to the next end marker replaced by the section.</summary>
    public static string Splice(string document, string section)
    {
        var lines = document.Split('\n');
        // A final line break ends the last line; it does not start another.
        var count = document.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var result = new StringBuilder(document.Length + section.Length);
        var skipping = false;
        for (var i = 0; i < count; i++)
        {
            if (lines[i].Contains(PerformanceSection.BeginMarker, StringComparison.Ordinal))
            {
                result.Append(section).Append('\n');
                skipping = true;
            }
            else if (lines[i].Contains(PerformanceSection.EndMarker, StringComparison.Ordinal))
            {
                skipping = false;
            }
            else if (!skipping)
            {
                result.Append(lines[i]).Append('\n');
            }
        }
        return result.ToString();
    }
}
