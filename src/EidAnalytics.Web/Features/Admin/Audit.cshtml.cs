using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>The audit log for administrators: the latest entries, and all of them as CSV.</summary>
[Access(Access.Admin)]
public sealed class AuditModel(EidDbContext db) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(Shown).ToListAsync(cancellationToken);
}
