using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Organisations;

public sealed record OrganisationRow(string Code, string Name, DateOnly? LatestSnapshot, int Datasets);

/// <summary>The start page: the organisations and how much data each has (no figures: they are the organisation's own).</summary>
[Access(Access.SignedIn)]
public sealed class IndexModel(EidDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationRow> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(
                o.Code,
                o.Name,
                db.DatasetVersions.Where(d => d.OrganisationId == o.Id).Max(d => (DateOnly?)d.SnapshotDate),
                db.DatasetVersions.Count(d => d.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
}
