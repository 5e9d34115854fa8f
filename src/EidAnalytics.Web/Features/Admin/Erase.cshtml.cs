using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>Erasing an organisation's data on request, after typing its code to confirm.</summary>
[Access(Access.Admin)]
public sealed class EraseModel(EidDbContext db, OrganisationErasure erasure) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Datasets { get; private set; }
    public int Uploads { get; private set; }
    public string? Error { get; private set; }
    public ErasureReport? Report { get; private set; }

    [BindProperty] public string? Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }
        if (!string.Equals(Confirm?.Trim(), code, StringComparison.OrdinalIgnoreCase))
        {
            Error = $"Type {code} to confirm";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Report = await erasure.EraseAsync(code, cancellationToken);
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
