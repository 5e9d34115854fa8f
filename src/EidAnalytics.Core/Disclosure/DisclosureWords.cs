using System.Globalization;

namespace EidAnalytics.Core.Disclosure;

/// <summary>How every cross-council page, report and download says, in one sentence, how its figures are protected.</summary>
public static class DisclosureWords
{
    /// <summary>The plain-English methods page the sentence links to.</summary>
    public const string MethodsPath = "/methods/disclosure";

    public static string Sentence(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Method == DisclosureOptions.Rounding
            ? string.Create(CultureInfo.InvariantCulture,
                $"Counts are rounded to the nearest 5 so that no one can be identified; shares of fewer than {options.MinShareDenominator} people are not shown.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Counts are changed by small amounts so that no one can be identified; shares of fewer than {options.MinShareDenominator} people are not shown.");
    }

    /// <summary>What <c>[c]</c> means where it appears.</summary>
    public static string NotShownNote(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"[c]: not shown, because fewer than {options.MinShareDenominator} people are behind the share.");
    }
}
