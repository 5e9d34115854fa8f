using EidAnalytics.Core.Disclosure;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// A metric that can be compared across organisations: a proportion of whole people whose numerator and
/// denominator are each a union of <see cref="DisclosureCells"/>, so both can be published as perturbed counts
/// and drawn on a funnel plot. <see cref="Family"/> is its topic (representation, hiring, stability).
/// </summary>
/// <remarks><see cref="IsHeadline"/> marks the figures readers come for.</remarks>
public sealed record ComparableMetric(
    string Id, string Name, string Denominator, string Family, IReadOnlyList<int> NumeratorCells, IReadOnlyList<int> DenominatorCells,
    bool IsHeadline = false);
