using System.Text;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>
/// An organisation's saved mapping profiles (made by the mapping wizard): what each maps, its JSON to
/// download (to keep, share with another council or load with <c>./eid analyse --profile</c>), and delete.
/// </summary>
[Access(Access.OrganisationUploader)]
public sealed class ProfilesModel(EidDbContext db, OrganisationScope scope, ProfileCatalogue catalogue, AuditLog audit) : PageModel
{
    public string Code { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<SavedProfile> Profiles { get; private set; } = [];

    /// <summary>The profile whose deletion is to be confirmed (GOV.UK asks before anything is destroyed).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    /// <summary>The profile just deleted, for the confirmation banner.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Deleted { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(code, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }
        Profiles = await catalogue.OwnAsync(organisation.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string code, string name, CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(code, cancellationToken) is not { } organisation
            || (await catalogue.OwnAsync(organisation.Id, cancellationToken)).FirstOrDefault(p => p.Profile.Name == name) is not { } saved)
        {
            return NotFound();
        }
        return File(Encoding.UTF8.GetBytes(saved.Document), "application/json", $"{saved.Profile.Name}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string code, string name, CancellationToken cancellationToken)
    {
        if (await OrganisationAsync(code, cancellationToken) is not { } organisation
            || !await catalogue.DeleteAsync(organisation.Id, name, cancellationToken))
        {
            return NotFound();
        }
        await audit.RecordAsync(AuditActions.ProfileDeleted, $"mapping profile {name}", code, cancellationToken: cancellationToken);
        return RedirectToPage(new { code, deleted = name });
    }

    /// <summary>The organisation, if it is the caller's own (any other answers 404, as if it did not exist).</summary>
    private async Task<Organisation?> OrganisationAsync(string code, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.InScope(scope).AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        (Code, OrganisationName) = organisation is null ? ("", "") : (organisation.Code, organisation.Name);
        return organisation;
    }
}
