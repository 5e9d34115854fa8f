using System.Globalization;
using System.Security.Claims;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>The upload form for the uploader's own organisation; on success, follow the upload's status.</summary>
[Access(Access.OrganisationUploader)]
public sealed class NewModel(EidDbContext db, UploadReceiver receiver, IOptions<UploadOptions> options, TimeProvider clock) : PageModel
{
    public List<(string Field, string Message)> Errors { get; } = [];

    /// <summary>The signed-in uploader's organisation: an uploader uploads for its own and no other.</summary>
    public string OrganisationCode => User.FindFirstValue(EidClaims.OrganisationCode)!;

    public string OrganisationName { get; private set; } = "";

    [BindProperty]
    public IFormFile? ExtractFile { get; set; }

    /// <summary>What the uploader says the file is: it_team, whole_organisation, or empty to work it out.</summary>
    [BindProperty]
    public string? Kind { get; set; }

    public long MaxMegabytes => options.Value.MaxBytes / (1024 * 1024);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOrganisationAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ExtractFile is null || ExtractFile.Length == 0)
        {
            Errors.Add(("file", ExtractFile is null ? "Select a CSV or XLSX file to upload" : "The selected file is empty"));
        }
        ExtractKind? kind = Kind switch
        {
            "it_team" => ExtractKind.ItTeam,
            "whole_organisation" => ExtractKind.WholeOrganisation,
            _ => null,
        };
        if (Errors.Count == 0)
        {
            await using var content = ExtractFile!.OpenReadStream();
            var received = clock.GetUtcNow();
            var result = await receiver.ReceiveAsync(new UploadRequest(OrganisationCode, ExtractFile.FileName, ExtractKind: kind), content, cancellationToken);
            switch (result.Status)
            {
                case ReceiveStatus.NeedsMapping:
                    return RedirectToPage("/Mapping/Columns", new { id = result.UploadId });
                case ReceiveStatus.Unchanged:
                    // Nothing new is recorded for an identical file, so its own time travels with the redirect.
                    return RedirectToPage("Status", new { id = result.UploadId, unchanged = true, received = received.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) });
                case ReceiveStatus.Queued or ReceiveStatus.AlreadyQueued:
                    return RedirectToPage("Status", new { id = result.UploadId });
                default:
                    Errors.Add(("file", result.Message));
                    break;
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadOrganisationAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOrganisationAsync(CancellationToken cancellationToken) =>
        OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Code == OrganisationCode).Select(o => o.Name).SingleAsync(cancellationToken);
}
