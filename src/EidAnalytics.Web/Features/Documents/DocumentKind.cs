namespace EidAnalytics.Web.Features.Documents;

/// <summary>The printed documents.</summary>
public enum DocumentKind
{
    /// <summary>An organisation's briefing; the subject is its code.</summary>
    Briefing,

    /// <summary>A benchmark report; the subject is "scope/key", as in its address.</summary>
    BenchmarkReport,
}
