using EidAnalytics.Core.Metrics;
using Microsoft.AspNetCore.Components;

namespace EidAnalytics.Web.Features.Organisations.Sections;

/// <summary>
/// A section of the dashboard and the briefing about one scope (the IT function or the whole
/// organisation) of one dataset version's figures. Element ids start with <see cref="Id"/> so that the
/// two scopes' sections can sit on one page.
/// </summary>
public abstract class ScopeSection : ComponentBase
{
    [Parameter, EditorRequired] public OrganisationFigures Figures { get; set; } = null!;

    [Parameter, EditorRequired] public string Scope { get; set; } = Scopes.ItFunction;

    protected ScopeMetrics Metrics => Figures.Scope(Scope)!;

    protected DateOnly Snapshot => Figures.Dataset.SnapshotDate;

    /// <summary>"it-function" or "organisation".</summary>
    protected string Id => Scope.Replace('_', '-');

    protected string Who => Scope == Scopes.ItFunction ? "the IT function" : "the whole organisation";

    /// <summary>The scope as a name on its own, e.g. a chart line's: "IT function".</summary>
    protected string WhoName => Scope == Scopes.ItFunction ? "IT function" : "Whole organisation";

    /// <summary>A snapshot's place on a time axis, as a decimal year (the comparisons' trends use the same).</summary>
    protected static double SnapshotYear(DateOnly snapshot) => Comparisons.ComparisonBuilder.Year(snapshot);

    /// <summary>A snapshot as a time axis labels it: "Mar 2025".</summary>
    protected static string SnapshotTick(DateOnly snapshot) => snapshot.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The metric, or null when the extract lacked the column it needs.</summary>
    protected MetricValue? Find(string id) => Metrics.Find(id);

    /// <summary>The everyone / women / men members of a metric family, labelled, with the words sentences put after "among".</summary>
    protected static IReadOnlyList<(string Label, string? Among, string Id)> ByGender(string everyone, string women, string men) =>
        [("Everyone", null, everyone), ("Women", "women", women), ("Men", "men", men)];

    /// <summary>A level as the extract standard names it: "3 Practitioner".</summary>
    protected static string LevelName(int level) => level switch
    {
        1 => "1 Trainee",
        2 => "2 Junior",
        3 => "3 Practitioner",
        4 => "4 Senior",
        5 => "5 Lead/principal",
        6 => "6 Head/director",
        _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
