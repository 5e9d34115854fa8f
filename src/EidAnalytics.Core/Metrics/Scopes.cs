namespace EidAnalytics.Core.Metrics;

/// <summary>The populations a dataset's metrics are computed for.</summary>
public static class Scopes
{
    /// <summary>Job families it, digital and data. Always computed.</summary>
    public const string ItFunction = "it_function";

    /// <summary>Every job family; computed only when the extract carries families other than IT.</summary>
    public const string Organisation = "organisation";
}
