using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>One upload as the list shows it: a rejected file is still there once its page is closed.</summary>
public sealed record UploadRow(Guid Id, string FileName, UploadStatus Status, int ProblemCount, int? Rows, DateTimeOffset ReceivedAt, string? By);

/// <summary>An organisation's uploads, newest first: status, rows loaded, file, who and when, each linked to its page and problems.</summary>
[Access(Access.OrganisationMember)]
public sealed class HistoryModel(EidDbContext db, OrganisationScope scope) : PageModel
{
    /// <summary>The most uploads listed; a council sends a few a quarter.</summary>
    public const int Shown = 200;

    public string Code { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<UploadRow> Uploads { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.InScope(scope).AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        (Code, OrganisationName) = (organisation.Code, organisation.Name);
        var uploads = db.Uploads.AsNoTracking().Where(u => u.OrganisationId == organisation.Id);
        Total = await uploads.CountAsync(cancellationToken);
        var rows = await uploads
            .OrderByDescending(u => u.ReceivedAt)
            .Take(Shown)
            .Select(u => new { u.Id, u.FileName, u.Status, u.ProblemCount, Rows = (int?)u.DatasetVersion!.RowCount, u.ReceivedAt })
            .ToListAsync(cancellationToken);
        // Who sent each file is in the audit log, which the upload itself does not repeat.
        var targets = rows.Select(r => $"upload {r.Id}").ToList();
        var senders = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Upload && e.OrganisationCode == organisation.Code && targets.Contains(e.Target))
            .Select(e => new { e.Target, e.UserName })
            .ToListAsync(cancellationToken);
        var by = senders.GroupBy(s => s.Target).ToDictionary(g => g.Key, g => g.First().UserName);
        Uploads = [.. rows.Select(r => new UploadRow(r.Id, r.FileName, r.Status, r.ProblemCount, r.Rows, r.ReceivedAt, by.GetValueOrDefault($"upload {r.Id}")))];
        return Page();
    }
}
