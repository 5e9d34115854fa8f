using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Disclosure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Reference;

/// <summary>Adds an organisation (no code in the address) or edits one; checked by the same rules as the reference CSV.</summary>
[Access(Access.Admin)]
public sealed class EditOrganisationModel(EidDbContext db, ReleaseRefresh releases) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty] public string NewCode { get; set; } = "";
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Type { get; set; } = "";
    [BindProperty] public string Region { get; set; } = "";
    [BindProperty] public string ItTeamSize { get; set; } = "";
    [BindProperty] public string WorkforceSize { get; set; } = "";

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public bool IsNew => Code is null;

    public string? ProblemFor(string column) => Problems.FirstOrDefault(p => p.Column == column)?.Reason;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            return Page();
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == Code, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        (NewCode, Name, Type, Region) = (organisation.Code, organisation.Name, organisation.Type, organisation.Region ?? "");
        (ItTeamSize, WorkforceSize) = (organisation.ItTeamSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            organisation.WorkforceSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (entry, problems) = OrganisationRegister.Read(0, IsNew ? NewCode : Code!, Name, Type, Region, ItTeamSize, WorkforceSize);
        Problems = problems;
        var organisation = IsNew ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Code == Code, cancellationToken);
        if (!IsNew && organisation is null)
        {
            return NotFound();
        }
        if (entry is not null && IsNew && await db.Organisations.AnyAsync(o => o.Code == entry.Code, cancellationToken))
        {
            Problems = [new(0, "code", entry.Code, "is already on the list.")];
        }
        if (entry is null || Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (organisation is null)
        {
            organisation = new Organisation { Code = entry.Code, Name = entry.Name };
            db.Organisations.Add(organisation);
        }
        OrganisationSeeder.Apply(organisation, entry);
        organisation.EditedByAdmin = true;
        await db.SaveChangesAsync(cancellationToken);
        await releases.RequestAsync(cancellationToken);
        return Redirect("/admin/organisations");
    }
}
