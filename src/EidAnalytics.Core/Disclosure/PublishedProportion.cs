using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// A proportion as it may be shown outside its organisation: its published (perturbed) count and denominator.
/// Where the published denominator is too small for a share, <see cref="ShareWithheld"/> is set and
/// <see cref="Reason"/> says why; an organisation's <see cref="Count"/> is then null too (shown as <c>[c]</c>),
/// while a pooled group total keeps its count. Every figure derived from it (value, intervals, verdicts, ranks, trends) is
/// computed here from the published numbers only, so nothing derived pins an unpublished exact count.
/// </summary>
public sealed record PublishedProportion(long? Count, long Denominator, string? Reason = null, bool ShareWithheld = false)
{
    /// <summary>Whether the share is withheld; its count may still be shown (<see cref="Count"/>).</summary>
    public bool IsSuppressed => ShareWithheld || Count is null;

    /// <summary>
    /// Count ÷ denominator. Perturbed independently, the count can come out above its denominator (a level of
    /// women only); the share is then 1, never more.
    /// </summary>
    public double? Value => !IsSuppressed && Count is { } count && Denominator > 0 ? (double)Math.Min(count, Denominator) / Denominator : null;

    /// <summary>The Wilson score interval at z (95% by default), from the published counts; null when not shown.</summary>
    public Interval? Interval(double z = ConfidenceIntervals.Z95) =>
        Value is null ? null : ConfidenceIntervals.Wilson(Math.Min(Count!.Value, Denominator), Denominator, z);

    /// <summary>How the figure sits against the Wilson control limits around a benchmark; null when either is missing.</summary>
    public BenchmarkComparison? Compare(double? benchmark) =>
        Value is null || benchmark is null ? null : ControlLimits.Compare(Math.Min(Count!.Value, Denominator), Denominator, benchmark.Value);

    /// <summary>
    /// The total of a set users choose (a basket, a peer group): the sum of its shown members' published figures,
    /// so it tells nothing that the members' own figures do not. A member whose share is withheld is left out of
    /// both sums (adding its counts would let a basket with and without it give them away); <see cref="Reason"/>
    /// then says how many were left out. Null for an empty set.
    /// </summary>
    public static PublishedProportion? Total(IReadOnlyCollection<PublishedProportion> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var shown = members.Where(m => !m.IsSuppressed).ToList();
        if (members.Count == 0)
        {
            return null;
        }
        var left = members.Count - shown.Count;
        return new PublishedProportion(
            shown.Count == 0 ? null : shown.Sum(m => m.Count!.Value), shown.Sum(m => m.Denominator),
            shown.Count == 0 ? "no member's share is shown"
            : left == 0 ? null
            : $"the total of the {shown.Count} members whose shares are shown ({left} left out)");
    }
}
