using System.Globalization;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Reporting;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>
/// An organisation's figures for its latest dataset version (or ?dataset=ID), and its dataset history;
/// ?target=40&amp;years=3 works the projection's hiring share out for another women's share (in percent) and
/// number of years.
/// </summary>
[Access(Access.OrganisationMember)]
public sealed class DashboardModel(OrganisationFiguresQuery query) : PageModel
{
    public OrganisationFigures Figures { get; private set; } = null!;
    public IReadOnlyList<DatasetSummary> History { get; private set; } = [];

    /// <summary>The snapshot before the one shown, and what changed since it in the first scope; null when there is none or nothing to say.</summary>
    public (DateOnly Snapshot, IReadOnlyList<string> Changes)? SincePrevious { get; private set; }

    /// <summary>The dataset asked for, kept by the target form.</summary>
    public long? RequestedDataset { get; private set; }

    /// <summary>What is wrong with the target tried, by field ("target", "years"); empty when none was tried or it was used.</summary>
    public IReadOnlyDictionary<string, string> TargetErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>What the user typed, shown back in the form when it was wrong.</summary>
    public (string? Target, string? Years) Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, long? dataset, string? target, string? years, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        if (figures is null)
        {
            return NotFound();
        }
        RequestedDataset = dataset;
        // A sent form with an empty box binds null; the query string still names the field.
        if (Request.Query.ContainsKey("target") || Request.Query.ContainsKey("years"))
        {
            var (tried, errors) = Target(target, years);
            (figures, TargetErrors, Typed) = (figures with { TriedTarget = tried }, errors, (target, years));
        }
        Figures = figures;
        History = figures.History;
        if (History.Where(d => d.SnapshotDate < figures.Dataset.SnapshotDate).OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.LoadedAt)
            .FirstOrDefault() is { } previous)
        {
            var before = await query.LoadAsync(code, previous.Id, cancellationToken);
            var now = figures.Metrics.Scopes[0];
            if (before?.Metrics.Scopes.FirstOrDefault(s => s.Scope == now.Scope) is { } then
                && ChangeText.Since(now, then, now.Scope == Scopes.ItFunction ? "the IT function" : "the whole organisation",
                    figures.Dataset.SnapshotDate, previous.SnapshotDate) is { Count: > 0 } changes)
            {
                SincePrevious = (previous.SnapshotDate, changes);
            }
        }
        return Page();
    }

    /// <summary>The target share (whole percent, 1–99) and number of years (1–5), or what is wrong with each.</summary>
    internal static (ProjectionTarget? Target, IReadOnlyDictionary<string, string> Errors) Target(string? target, string? years)
    {
        var errors = new Dictionary<string, string>();
        var share = target?.Trim().TrimEnd('%').TrimEnd();
        if (string.IsNullOrEmpty(share))
        {
            errors["target"] = "Enter the women's share to reach, as a percentage, like 30";
        }
        else if (!int.TryParse(share, NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
            || percent is < ProjectionTarget.LowestPercent or > ProjectionTarget.HighestPercent)
        {
            errors["target"] = string.Create(CultureInfo.InvariantCulture,
                $"The women's share must be a whole number between {ProjectionTarget.LowestPercent} and {ProjectionTarget.HighestPercent}");
        }
        var count = years?.Trim();
        if (string.IsNullOrEmpty(count))
        {
            errors["years"] = "Enter the number of years, from 1 to 5";
        }
        else if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MetricIds.ProjectionYears)
        {
            errors["years"] = string.Create(CultureInfo.InvariantCulture, $"The number of years must be a whole number between 1 and {MetricIds.ProjectionYears}");
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ProjectionTarget(int.Parse(share!, CultureInfo.InvariantCulture) / 100.0, int.Parse(count!, CultureInfo.InvariantCulture)), errors);
    }
}
