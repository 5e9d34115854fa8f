using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>The upload form: choose the organisation and the file; on success, follow the upload's status.</summary>
public sealed class NewModel(EidDbContext db, UploadReceiver receiver, IOptions<UploadOptions> options) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public List<(string Field, string Message)> Errors { get; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty]
    public IFormFile? ExtractFile { get; set; }

    /// <summary>What the uploader says the file is: it_team, whole_organisation, or empty to work it out.</summary>
    [BindProperty]
    public string? Kind { get; set; }

    public long MaxMegabytes => options.Value.MaxBytes / (1024 * 1024);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOrganisationsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Organisation))
        {
            Errors.Add(("organisation", "Select the organisation the extract is for"));
        }
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
            var result = await receiver.ReceiveAsync(new UploadRequest(Organisation!, ExtractFile.FileName, ExtractKind: kind), content, cancellationToken);
            switch (result.Status)
            {
                case ReceiveStatus.NeedsMapping:
                    return RedirectToPage("/Mapping/Columns", new { id = result.UploadId });
                case ReceiveStatus.Queued or ReceiveStatus.AlreadyQueued or ReceiveStatus.Unchanged:
                    return RedirectToPage("Status", new { id = result.UploadId, unchanged = result.Status == ReceiveStatus.Unchanged ? true : (bool?)null });
                case ReceiveStatus.UnknownOrganisation:
                    Errors.Add(("organisation", result.Message));
                    break;
                default:
                    Errors.Add(("file", result.Message));
                    break;
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadOrganisationsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOrganisationsAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
}
