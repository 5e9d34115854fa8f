using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>An organisation's figures for its latest dataset version (or ?dataset=ID), and its dataset history.</summary>
[Access(Access.OrganisationMember)]
public sealed class DashboardModel(OrganisationFiguresQuery query, EidDbContext db) : PageModel
{
    public OrganisationFigures Figures { get; private set; } = null!;
    public IReadOnlyList<DatasetSummary> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, long? dataset, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        if (figures is null)
        {
            return NotFound();
        }
        Figures = figures;
        History = await db.DatasetVersions.AsNoTracking()
            .Where(d => d.OrganisationId == figures.OrganisationId)
            .OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version)
            .Select(d => new DatasetSummary(d.Id, d.SnapshotDate, d.Version, d.RowCount, d.ExtractKind, d.LoadedAt))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
