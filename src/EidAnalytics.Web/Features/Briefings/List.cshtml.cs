using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Briefings;

public sealed record BriefingRow(Guid Id, DateTimeOffset RenderedAt, DateOnly SnapshotDate, int Version, int PageCount);

/// <summary>An organisation's stored briefings, and the button that asks for one now.</summary>
[Access(Access.OrganisationMember)]
public sealed class ListModel(EidDbContext db, OrganisationScope scope, JobRequests jobs) : PageModel
{
    public string Code { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<BriefingRow> Briefings { get; private set; } = [];

    /// <summary>The organisation's loaded datasets, newest snapshot first, to choose which one a briefing is of.</summary>
    public IReadOnlyList<(long Id, DateOnly Snapshot, int Version, Data.ExtractKind Kind)> Datasets { get; private set; } = [];

    /// <summary>The on-demand request this page is waiting for, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Requested { get; set; }

    /// <summary>The state of the job printing the requested briefing, read from Hangfire.</summary>
    public JobProgress? Progress { get; private set; }

    /// <summary>The requested briefing, once it has been printed.</summary>
    public Guid? ReadyId { get; private set; }

    /// <summary>Whether the requested briefing is still to come (the page offers to refresh, and updates itself, until it has).</summary>
    public bool Waiting => Progress is { IsPending: true };

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.InScope(scope).AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        Code = organisation.Code;
        OrganisationName = organisation.Name;
        Datasets = [.. (await db.DatasetVersions.AsNoTracking()
            .Where(d => d.OrganisationId == organisation.Id)
            .OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version)
            .Select(d => new { d.Id, d.SnapshotDate, d.Version, d.ExtractKind })
            .ToListAsync(cancellationToken)).Select(d => (d.Id, d.SnapshotDate, d.Version, d.ExtractKind))];
        Briefings = await db.Briefings.AsNoTracking()
            .Where(b => b.OrganisationId == organisation.Id)
            .OrderByDescending(b => b.RenderedAt)
            .Select(b => new BriefingRow(b.Id, b.RenderedAt, b.DatasetVersion!.SnapshotDate, b.DatasetVersion.Version, b.PageCount))
            .ToListAsync(cancellationToken);
        if (Requested is { } key)
        {
            ReadyId = await db.Briefings.AsNoTracking().Where(b => b.RequestKey == key).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken);
            Progress = ReadyId is null ? await jobs.ProgressAsync(key, cancellationToken) : null;
        }
        return Page();
    }

    /// <summary>The dataset to brief on; none for the latest.</summary>
    [BindProperty]
    public long? Dataset { get; set; }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await db.DatasetVersions.AnyAsync(d => d.Organisation!.Code == code && (Dataset == null || d.Id == Dataset), cancellationToken))
        {
            return NotFound();
        }
        var requestKey = $"on-demand:{Guid.NewGuid():N}";
        await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.Briefing, Dataset is { } id ? $"{code}/{id}" : code, requestKey, cancellationToken);
        return RedirectToPage(new { code, requested = requestKey });
    }
}
