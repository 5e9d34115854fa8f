using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

public sealed record AccountRow(Guid Id, string Name, string? Email, string Role, string? Organisation);

/// <summary>The role and organisation fields shared by the invite and change forms.</summary>
public sealed record RoleFields(string? Role, string? Organisation, IReadOnlyList<Organisation> Organisations);

/// <summary>Administrators list accounts and invite new ones; the invitation link is shown once.</summary>
[Access(Access.Admin)]
public sealed class UsersModel(EidDbContext db, AccountAdministration accounts) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Link { get; private set; }
    public string? InvitedEmail { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Organisation { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors.Add("Enter the email address and full name");
        }
        else
        {
            var (_, link, errors) = await accounts.InviteAsync(Email, DisplayName, Role ?? "", Organisation, cancellationToken);
            Errors.AddRange(errors);
            if (link is not null)
            {
                Link = $"{Request.Scheme}://{Request.Host}{link}";
                InvitedEmail = Email;
                (Email, DisplayName, Role, Organisation) = (null, null, null, null);
            }
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        Accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new AccountRow(
                u.Id, u.DisplayName, u.Email,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? "",
                u.Organisation == null ? null : u.Organisation.Name))
            .ToListAsync(cancellationToken);
    }
}
