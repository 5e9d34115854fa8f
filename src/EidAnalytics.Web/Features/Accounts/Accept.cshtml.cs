using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// The page an invitation or password-reset link opens: the token was issued by an administrator
/// and shown to them once; it works once, until the password is set.
/// </summary>
[Access(Access.Anyone)]
public sealed class AcceptModel(UserManager<EidUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Password { get; set; }

    public List<string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(Id.ToString());
        if (user is null)
        {
            Errors.Add("This link is not valid. Ask your administrator for a new one.");
        }
        else
        {
            var result = await users.ResetPasswordAsync(user, Token, Password ?? "");
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, null);
                return Redirect("/account/sign-in");
            }
            Errors.AddRange(result.Errors.Select(e => e.Code == "InvalidToken"
                ? "This link has expired or has been used. Ask your administrator for a new one."
                : e.Description));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
