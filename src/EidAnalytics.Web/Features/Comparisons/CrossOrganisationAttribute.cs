namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>
/// Marks a page or endpoint that shows figures of several organisations, i.e. outside the owning organisation.
/// Such figures may only come through disclosure control (Features/Comparisons/ComparisonData); the test
/// <c>DisclosureBoundaryTests</c> finds every endpoint with this mark and checks it shows <c>[c]</c> for a
/// three-person team, so a new cross-organisation endpoint cannot skip the check.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CrossOrganisationAttribute : Attribute;
