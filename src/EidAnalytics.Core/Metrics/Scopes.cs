using EidAnalytics.Core.Analyses;

namespace EidAnalytics.Core.Metrics;

/// <summary>The populations a dataset's metrics are computed for.</summary>
public static class Scopes
{
    /// <summary>Job families it, digital and data. Always computed.</summary>
    public const string ItFunction = "it_function";

    /// <summary>Every job family; computed only when the extract carries families other than IT.</summary>
    public const string Organisation = "organisation";
}

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

/// <summary>Every scope's metrics for one organisation at one snapshot date.</summary>
public sealed record OrganisationMetrics(string OrganisationCode, DateOnly SnapshotDate, IReadOnlyList<ScopeMetrics> Scopes);
