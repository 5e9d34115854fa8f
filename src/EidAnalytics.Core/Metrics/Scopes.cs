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
    public MetricValue? Find(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}

/// <summary>Every scope's metrics for one organisation at one snapshot date.</summary>
public sealed record OrganisationMetrics(string OrganisationCode, DateOnly SnapshotDate, IReadOnlyList<ScopeMetrics> Scopes);
