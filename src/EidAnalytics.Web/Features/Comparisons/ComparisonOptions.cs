using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Comparison defaults (section Eid:Comparisons).</summary>
public sealed class ComparisonOptions
{
    public const string Section = "Eid:Comparisons";

    /// <summary>Peers in a peer group unless the page asks for another number.</summary>
    [Range(1, 100)]
    public int PeerGroupSize { get; set; } = Core.Comparisons.PeerGroups.DefaultSize;

    /// <summary>The share the trajectories aim at unless the page asks for another.</summary>
    [Range(0.01, 1)]
    public double Target { get; set; } = 0.30;
}
