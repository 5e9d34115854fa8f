namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>How a profile matches the file's column names and codes: without regard to case, spaces or punctuation.</summary>
public static class MappingText
{
    /// <summary>Lower case, every run of characters other than letters and digits one space, trimmed: "White: Irish" and "white - irish" are alike.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && buffer.Length > 0)
                {
                    buffer.Append(' ');
                }

                buffer.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return buffer.ToString();
    }
}
