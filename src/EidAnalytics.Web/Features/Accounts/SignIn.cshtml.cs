using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>
/// Email and password sign-in, rate limited per address, and throttled per account and address after
/// repeated failures. Every failure — unknown account, wrong password, disabled account — gets the
/// same words, so the page never says whether an account exists.
/// </summary>
[Access(Access.Anyone)]
[EnableRateLimiting(AccountsFeature.SignInLimit)]
public sealed class SignInModel(SignInManager<EidUser> signIn, UserManager<EidUser> users, AuditLog audit, SignInThrottle throttle) : PageModel
{
    public const string WrongDetails = "Enter a correct email address and password";

    public const string Throttled = "Too many wrong attempts to sign in with this email address from your network. Wait 15 minutes and try again, or ask your administrator to reset your password.";

    // Checked against the password given for an unknown account, so that it takes as long to refuse as a real one.
    private static readonly string UnknownAccountHash = new PasswordHasher<EidUser>().HashPassword(null!, Guid.NewGuid().ToString());

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
            return Failed(StatusCodes.Status400BadRequest);
        }
        var email = Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsThrottled(email, address))
        {
            await audit.RecordAsync(AuditActions.SignInFailed, $"email {email}", detail: "throttled", cancellationToken: cancellationToken);
            Error = Throttled;
            return Failed(StatusCodes.Status429TooManyRequests);
        }
        var user = await users.FindByEmailAsync(email);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(null!, UnknownAccountHash, Password);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        }
        if (result.Succeeded)
        {
            throttle.Succeeded(email, address);
            await audit.RecordAsync(AuditActions.SignIn, $"user {user!.Id}", cancellationToken: cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        throttle.RecordFailure(email, address);
        await audit.RecordAsync(AuditActions.SignInFailed, $"email {email}", detail: result.IsLockedOut ? "disabled" : null, cancellationToken: cancellationToken);
        Error = WrongDetails;
        return Failed(StatusCodes.Status400BadRequest);
    }

    private PageResult Failed(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
