using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Reporting;

/// <summary>
/// Three or four sentences a director can read out at the top of the dashboard and the briefing: the
/// women's share against the baseline band, in leadership, whether women leave more, and the median pay
/// gap. No intervals or method names: the sections below give those. A figure that cannot be worked out
/// is left out here (its section says why).
/// </summary>
public static class KeyFindings
{
    /// <param name="scope">The scope's figures.</param>
    /// <param name="who">The scope in words, read after "of": "the IT function".</param>
    /// <param name="snapshotDate">The snapshot date.</param>
    /// <param name="options">The baseline band.</param>
    public static IReadOnlyList<string> Sentences(ScopeMetrics scope, string who, DateOnly snapshotDate, MetricOptions options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(options);
        var sentences = new List<string>();
        if (scope.Find(MetricIds.WomenShare) is { Value: { } share, Numerator: { } women, Denominator: { } staff })
        {
            var band = scope.Find(MetricIds.BaselineBand)?.Category switch
            {
                MetricCategories.Below => $", below the {FigureText.Band(options)} typical of council IT and digital teams",
                MetricCategories.Above => $", above the {FigureText.Band(options)} typical of council IT and digital teams",
                MetricCategories.Within => $", not clearly different from the {FigureText.Band(options)} typical of council IT and digital teams",
                _ => "",
            };
            sentences.Add($"On {FigureText.Date(snapshotDate)} women were {FigureText.Percent(share)} of {who} ({FigureText.Count(women)} of {FigureText.Count(staff)} people){band}.");
        }

        if (scope.Find(MetricIds.WomenShareLeadership) is { Value: { } leadership, Numerator: { } leaders, Denominator: { } of })
        {
            sentences.Add($"In leadership (levels 5 and 6) they were {FigureText.Percent(leadership)} ({FigureText.Count(leaders)} of {FigureText.Count(of)}).");
        }

        if (scope.Find(MetricIds.LeavingRelativeLikelihood) is { Value: { } ratio, CiLow: { } low, CiHigh: { } high })
        {
            sentences.Add(low > 1 ? $"Women were more likely than men to leave in the year ({FigureText.Ratio(ratio)} times as likely), a difference larger than chance would explain."
                : high < 1 ? $"Women were less likely than men to leave in the year ({FigureText.Ratio(ratio)} times as likely), a difference larger than chance would explain."
                : "Women and men left at rates no further apart than chance could explain.");
        }

        if (scope.Find(MetricIds.PayMedianGap) is { Value: not null, Numerator: not null, Denominator: not null } medianGap)
        {
            sentences.Add(FigureText.PayGap(medianGap, "median hourly pay"));
        }

        return sentences;
    }
}
