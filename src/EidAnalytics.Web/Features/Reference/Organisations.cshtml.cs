using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Reference;

/// <summary>The organisation reference list, for administrators to review and edit.</summary>
[Access(Access.Admin)]
public sealed class OrganisationsModel(EidDbContext db) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
}
