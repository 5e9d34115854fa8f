using EidAnalytics.Core.Analyses;

namespace EidAnalytics.Core.Metrics;

/// <summary>The metrics of one scope.</summary>
public sealed record ScopeMetrics(string Scope, IReadOnlyList<MetricValue> Metrics)
{
    /// <summary>
    /// The projection's input, levels 1–6 (index 0 is level 1), when the extract carried leave and promotion
    /// dates: kept so that another target share or year can be tried without the records
    /// (<see cref="WorkforceProjection.HiringShareNeeded"/>). Not part of the JSON document.
    /// </summary>
    public IReadOnlyList<LevelFlow>? Flows { get; init; }

    public MetricValue? Find(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}
