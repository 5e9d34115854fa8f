using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Signs out (POST only, with antiforgery, so no link can sign anyone out) and confirms it. A new
/// security stamp ends the session on the server too, so a copy of the cookie opens nothing; it
/// ends the account's sessions in other browsers as well.
/// </summary>
[Access(Access.Anyone)]
public sealed class SignOutModel(SignInManager<EidUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, $"user {signIn.UserManager.GetUserId(User)}", cancellationToken: cancellationToken);
            if (await signIn.UserManager.GetUserAsync(User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }
            await signIn.SignOutAsync();
        }
        return RedirectToPage();
    }
}
