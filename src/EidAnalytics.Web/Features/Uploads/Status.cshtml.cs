using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// An upload's progress (queued → validating, which checks and loads in one pass → loaded, unchanged or failed).
/// Until it has finished the page offers a Refresh button, and js/refresh-while.js updates it by itself.
/// </summary>
[Access(Access.OrganisationMember)]
public sealed class StatusModel(EidDbContext db, AuditLog audit) : PageModel
{
    public const int ProblemsInSummary = 10;

    public Upload Upload { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Unchanged { get; set; }

    /// <summary>
    /// When an identical file was uploaded again: when that upload was received. It made no upload of its own
    /// (nothing changed), so the page it is sent to is the earlier upload's, whose own time is not this one.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public DateTimeOffset? Received { get; set; }

    /// <summary>When the upload the user made was received: a repeated identical upload's own time, not the earlier one's.</summary>
    public DateTimeOffset ReceivedAt => Unchanged && Received is { } received ? received : Upload.ReceivedAt;

    /// <summary>What the job has said about the upload, or, before it has said anything, what is about to happen.</summary>
    public string? WhatHappened => Upload.StatusMessage ?? (Upload.Status == UploadStatus.Queued ? QueuedMessage : null);

    public const string QueuedMessage = "Waiting to be checked: it will start in a moment.";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.AsNoTracking()
            .Include(u => u.Organisation)
            .Include(u => u.Problems.OrderBy(p => p.Ordinal))
            .Include(u => u.ProblemGroups.OrderBy(p => p.Ordinal))
            .AsSplitQuery()
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null)
        {
            return NotFound();
        }
        Upload = upload;
        if (upload.Problems.Count > 0)
        {
            // The problems quote the file's own cells: a look at record-level data.
            await audit.RecordAsync(AuditActions.ViewRecordLevel, $"problems of upload {id}", upload.Organisation!.Code, cancellationToken: cancellationToken);
        }
        return Page();
    }

    /// <summary>Whether the reader may upload or change a mapping: a viewer is not offered what it cannot do.</summary>
    public bool CanUpload => User.IsInRole(Roles.Uploader);

    /// <summary>Whether the job is still to finish with the upload (the page offers to refresh, and updates itself, until it has).</summary>
    public bool IsWaiting => !Upload.IsFinished && Upload.Status != UploadStatus.NeedsMapping;

    /// <summary>Whether changing the mapping could fix the upload: it was read through a profile, or its problems are of sorts a mapping fixes.</summary>
    public bool MappingCanHelp => Upload.Status == UploadStatus.Failed && (Upload.ProfileName is not null
        || Upload.ProblemGroups.Exists(g => g.Kind is "unknown_code" or "unknown_grade" or "bad_date" or "missing_column"));

    public static string Describe(UploadProblem problem) =>
        problem.RowNumber == 0 ? problem.Reason : $"Row {problem.RowNumber:N0}, {problem.ColumnName}: {problem.Reason}";

    public static string Label(UploadStatus status) => status switch
    {
        UploadStatus.Queued => "Queued",
        UploadStatus.Validating => "Checking",
        UploadStatus.Loaded => "Loaded",
        UploadStatus.Failed => "Not loaded",
        UploadStatus.Unchanged => "Unchanged",
        UploadStatus.NeedsMapping => "Columns to match",
        _ => status.ToString(),
    };

    public static string TagClass(UploadStatus status) => status switch
    {
        UploadStatus.Loaded => "govuk-tag--green",
        UploadStatus.Failed => "govuk-tag--red",
        UploadStatus.Unchanged => "govuk-tag--grey",
        UploadStatus.NeedsMapping => "govuk-tag--yellow",
        _ => "govuk-tag--blue",
    };
}
