using EidAnalytics.Web.Data;
using EidAnalytics.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Email and password sign-in, rate limited, with lockout after repeated failures.</summary>
[Access(Access.Anyone)]
[EnableRateLimiting(AccountsSetup.SignInLimit)]
public sealed class SignInModel(SignInManager<EidUser> signIn, UserManager<EidUser> users, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Enter your email address and password";
            return Failed();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, $"user {user!.Id}", cancellationToken: cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        await audit.RecordAsync(AuditActions.SignInFailed, $"email {Email.Trim()}", detail: result.IsLockedOut ? "locked out" : null, cancellationToken: cancellationToken);
        Error = result.IsLockedOut
            ? "This account is locked for 15 minutes after too many wrong passwords. Try again later, or ask your administrator to reset it."
            : "Enter a correct email address and password";
        return Failed();
    }

    private PageResult Failed()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
