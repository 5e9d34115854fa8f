using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Reporting;

/// <summary>
/// What changed since the previous snapshot, in sentences: the women's share overall and in leadership, and
/// the median pay gap, each as it was and as it is. A figure missing at either date is left out.
/// </summary>
public static class ChangeText
{
    /// <param name="now">The scope's figures at the snapshot shown.</param>
    /// <param name="before">The same scope's figures at the previous snapshot.</param>
    /// <param name="who">The scope in words, read after "of": "the IT function".</param>
    /// <param name="nowDate">The snapshot shown.</param>
    /// <param name="beforeDate">The previous snapshot.</param>
    public static IReadOnlyList<string> Since(ScopeMetrics now, ScopeMetrics before, string who, DateOnly nowDate, DateOnly beforeDate)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        var sentences = new List<string>();
        void Share(string id, string what)
        {
            if (before.Find(id) is { Value: { } was, Numerator: { } wasCount, Denominator: { } wasOf }
                && now.Find(id) is { Value: { } @is, Numerator: { } isCount, Denominator: { } isOf })
            {
                var (old, @new) = ($"{FigureText.Percent(was)} ({FigureText.Count(wasCount)} of {FigureText.Count(wasOf)})",
                    $"{FigureText.Percent(@is)} ({FigureText.Count(isCount)} of {FigureText.Count(isOf)})");
                sentences.Add(FigureText.Percent(was) == FigureText.Percent(@is)
                    ? $"{what} was {@new} on {FigureText.Date(nowDate)}, as on {FigureText.Date(beforeDate)} ({FigureText.Count(wasCount)} of {FigureText.Count(wasOf)})."
                    : $"{what} {(@is > was ? "rose" : "fell")} from {old} on {FigureText.Date(beforeDate)} to {@new} on {FigureText.Date(nowDate)}.");
            }
        }

        Share(MetricIds.WomenShare, $"Women's share of {who}");
        Share(MetricIds.WomenShareLeadership, "Women's share of leadership (levels 5 and 6)");
        if (before.Find(MetricIds.PayMedianGap) is { Value: { } wasGap } && now.Find(MetricIds.PayMedianGap) is { Value: { } isGap })
        {
            sentences.Add($"The median pay gap was {FigureText.Gap(isGap)}, against {FigureText.Gap(wasGap)} on {FigureText.Date(beforeDate)} (positive when men are paid more).");
        }

        return sentences;
    }
}
