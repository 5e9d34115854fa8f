using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>The audit log for administrators: filtered by who, what, organisation and dates, a page at a time, and as CSV.</summary>
[Access(Access.Admin)]
public sealed class AuditModel(EidDbContext db) : PageModel
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = new(null, null, null, null, null);

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The page shown, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read from the query itself: "page" is also the route value Razor Pages keeps the page's path in.
        var page = int.TryParse(Request.Query["page"], System.Globalization.CultureInfo.InvariantCulture, out var asked) ? asked : 1;
        (Filter, Errors) = AuditFilter.Read(Request.Query);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        var events = Filter.Apply(db.AuditEvents.AsNoTracking());
        Total = await events.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(page, 1, Pages);
        Events = await events.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>The link to another page of the same filter.</summary>
    public string PageLink(int number) => "/admin/audit?" + string.Join('&', new[] { Filter.ToQuery(), $"page={number}" }.Where(q => q.Length > 0));
}
