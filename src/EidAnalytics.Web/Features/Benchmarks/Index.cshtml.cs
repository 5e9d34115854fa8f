using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Benchmarks;

public sealed record StoredReport(Guid Id, string Scope, string Key, DateOnly SnapshotDate, DateTimeOffset RenderedAt, int PageCount, long SizeBytes);

/// <summary>The benchmark reports for policy teams: each as a page, a PDF and its figures, and a button to print one now.</summary>
[Access(Access.SignedIn)]
public sealed class IndexModel(ComparisonData data, EidDbContext db, JobRequests jobs) : PageModel
{
    public IReadOnlyList<ReportScope> Reports { get; private set; } = [];

    public IReadOnlyList<StoredReport> Stored { get; private set; } = [];

    /// <summary>The request key of the report this page is waiting for, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Requested { get; set; }

    /// <summary>The requested report, and the state of the job printing it, read from Hangfire.</summary>
    public ReportScope? RequestedReport { get; private set; }

    public JobProgress? Progress { get; private set; }

    /// <summary>The requested report's PDF, once it has been printed.</summary>
    public Guid? ReadyId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var families = await data.FamiliesAsync(cancellationToken);
        Reports = ReportScope.All(await data.OrganisationsAsync(cancellationToken), families);
        Stored = await db.BenchmarkReports.AsNoTracking()
            .OrderByDescending(r => r.RenderedAt)
            .Select(r => new StoredReport(r.Id, r.Scope, r.ScopeKey, r.SnapshotDate, r.RenderedAt, r.PageCount, r.Pdf.Length))
            .ToListAsync(cancellationToken);
        if (Requested is { } key)
        {
            RequestedReport = key.Split(':') is [_, _, var scope, var scopeKey] ? ReportScope.Find(scope, scopeKey, families) : null;
            ReadyId = await db.BenchmarkReports.AsNoTracking().Where(r => r.RequestKey == key).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            Progress = ReadyId is null ? await jobs.ProgressAsync(key, cancellationToken) : null;
        }
    }

    public async Task<IActionResult> OnPostAsync(string scope, string key, CancellationToken cancellationToken)
    {
        if (ReportScope.Find(scope, key, await data.FamiliesAsync(cancellationToken)) is not { } found)
        {
            return NotFound();
        }
        var requestKey = $"on-demand:{Guid.NewGuid():N}:{found.Scope}:{found.Key}";
        await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.BenchmarkReport, RenderDocumentJob.Subject(found), requestKey, cancellationToken);
        return RedirectToPage(new { requested = requestKey });
    }

    /// <summary>A report's stored PDFs, newest first: the first is offered, the rest are its history.</summary>
    public IReadOnlyList<StoredReport> StoredFor(ReportScope scope) => [.. Stored.Where(s => s.Scope == scope.Scope && s.Key == scope.Key)];

    /// <summary>The reports in the groups a policy team looks for them in, in order.</summary>
    public IEnumerable<(string Heading, string Id, IReadOnlyList<ReportScope> Reports)> Groups() =>
        new (string Heading, string Id, string Scope)[]
        {
            ("National", "national", ReportScope.National),
            ("Regions and nations", "regions", ReportScope.Region),
            ("Council types", "types", ReportScope.Type),
            ("Council families", "families", ReportScope.Family),
        }
        .Select(g => (g.Heading, g.Id, (IReadOnlyList<ReportScope>)[.. Reports.Where(r => r.Scope == g.Scope)]))
        .Where(g => g.Item3.Count > 0);
}
