using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>Erasing an organisation's data on request: who asked and why, recorded in the audit log, then its code typed to confirm.</summary>
[Access(Access.Admin)]
public sealed class EraseModel(EidDbContext db, OrganisationErasure erasure) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Datasets { get; private set; }
    public int Uploads { get; private set; }
    public ErasureReport? Report { get; private set; }

    /// <summary>What is wrong with the form, by field id, in the order of the form.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty] public string? RequestedBy { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    private const int MaxLength = 500;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if (RequestedBy?.Trim() is not { Length: > 0 and <= MaxLength })
        {
            Errors["requested-by"] = "Enter who asked for the data to be erased, such as their name and role";
        }
        if (Reason?.Trim() is not { Length: > 0 and <= MaxLength })
        {
            Errors["reason"] = "Enter why the data is to be erased";
        }
        if (!string.Equals(Confirm?.Trim(), code, StringComparison.OrdinalIgnoreCase))
        {
            Errors["confirm"] = $"Type {code} to confirm";
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Report = await erasure.EraseAsync(code, new ErasureRequest(RequestedBy!.Trim(), Reason!.Trim()), cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (organisation is null)
        {
            return false;
        }
        (Code, Name) = (organisation.Code, organisation.Name);
        // An administrator sees no organisation's data; counting it is the one look they need here.
        Datasets = await db.DatasetVersions.IgnoreQueryFilters().CountAsync(d => d.OrganisationId == organisation.Id, cancellationToken);
        Uploads = await db.Uploads.IgnoreQueryFilters().CountAsync(u => u.OrganisationId == organisation.Id, cancellationToken);
        return true;
    }
}
