namespace EidAnalytics.Web.Features.Samples;

/// <summary>Sample data loaded at start-up (section Eid:Samples); <c>./eid up</c> points it at data-samples/.</summary>
public sealed class SampleOptions
{
    public const string Section = "Eid:Samples";

    /// <summary>A folder holding organisations.csv and extracts/&lt;code&gt;_&lt;snapshot&gt;.csv; unset means load nothing.</summary>
    public string? Directory { get; set; }
}
