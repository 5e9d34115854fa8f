using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Comparisons;

/// <summary>A peer: the organisation, its distance from the one it was chosen for, and why it is near, in words.</summary>
public sealed record Peer(OrganisationEntry Organisation, double Distance, bool SameType, bool SameRegion, string Explanation);
