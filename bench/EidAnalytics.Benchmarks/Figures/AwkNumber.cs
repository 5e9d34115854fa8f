using System.Globalization;
using System.Text.RegularExpressions;

namespace EidAnalytics.Benchmarks.Figures;

/// <summary>
/// Text read as a number the way awk reads it: the longest leading number (0 when there is none);
/// text that is a number through and through compares as a number, other text as text.
/// </summary>
public static partial class AwkNumber
{
    public static double Parse(string text)
    {
        var match = LeadingNumber().Match(text);
        return match.Success ? double.Parse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Whether the whole text (blanks around it aside) is a number.</summary>
    public static bool IsNumber(string text) => WholeNumber().IsMatch(text);

    /// <summary>awk's <c>a &lt; b</c>, as a comparison: numbers by value when both are numbers, otherwise by text.</summary>
    public static int Compare(string a, string b) =>
        IsNumber(a) && IsNumber(b) ? Parse(a).CompareTo(Parse(b)) : string.CompareOrdinal(a, b);

    [GeneratedRegex(@"(?<=^\s*)[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$")]
    private static partial Regex WholeNumber();
}
