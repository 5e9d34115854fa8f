using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>One account: change its role and organisation, reset its password, or disable it.</summary>
[Access(Access.Admin)]
public sealed class UserModel(EidDbContext db, UserManager<EidUser> users, AccountAdministration accounts) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Link { get; private set; }
    public bool Saved { get; private set; }
    public bool Disabled { get; private set; }

    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Organisation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, fromAccount: true, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        Errors.AddRange(await accounts.ChangeRoleAsync(id, Role ?? "", Organisation, cancellationToken));
        Saved = Errors.Count == 0;
        if (!Saved)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return await LoadAsync(id, fromAccount: Saved, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = await accounts.ResetLinkAsync(id, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }
        Link = $"{Request.Scheme}://{Request.Host}{link}";
        return await LoadAsync(id, fromAccount: true, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        await accounts.DisableAsync(id, cancellationToken) && await LoadAsync(id, fromAccount: true, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, bool fromAccount, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return false;
        }
        (Name, Email) = (user.DisplayName, user.Email);
        Disabled = user.LockoutEnd >= AccountAdministration.DisabledUntil;
        if (fromAccount)
        {
            Role = (await users.GetRolesAsync(user)).FirstOrDefault();
            Organisation = user.Organisation?.Code;
        }
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return true;
    }
}
