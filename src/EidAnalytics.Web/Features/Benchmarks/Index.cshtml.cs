using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Comparisons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace EidAnalytics.Web.Features.Benchmarks;

public sealed record StoredReport(Guid Id, string Scope, string Key, DateOnly SnapshotDate, DateTimeOffset RenderedAt, int PageCount);

/// <summary>The benchmark reports for policy teams: each as a page, a PDF and its figures, and a button to print one now.</summary>
[Access(Access.SignedIn)]
public sealed class IndexModel(ComparisonData data, EidDbContext db, ISchedulerFactory schedulers) : PageModel
{
    public IReadOnlyList<ReportScope> Reports { get; private set; } = [];

    public IReadOnlyList<StoredReport> Stored { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Requested { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reports = ReportScope.All(await data.OrganisationsAsync(cancellationToken));
        Stored = await db.BenchmarkReports.AsNoTracking()
            .OrderByDescending(r => r.RenderedAt)
            .Select(r => new StoredReport(r.Id, r.Scope, r.ScopeKey, r.SnapshotDate, r.RenderedAt, r.PageCount))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string scope, string key, CancellationToken cancellationToken)
    {
        if (ReportScope.Find(scope, key) is not { } found)
        {
            return NotFound();
        }
        await RenderAllBenchmarkReportsJob.EnqueueAsync(await schedulers.GetScheduler(cancellationToken), found, $"on-demand:{Guid.NewGuid():N}", cancellationToken);
        return RedirectToPage(new { requested = found.Name });
    }

    public IEnumerable<StoredReport> StoredFor(ReportScope scope) => Stored.Where(s => s.Scope == scope.Scope && s.Key == scope.Key).Take(3);
}
