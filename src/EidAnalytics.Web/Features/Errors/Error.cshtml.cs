using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Errors;

/// <summary>
/// GOV.UK-style error pages for status codes and unhandled exceptions; a request to the JSON API
/// gets problem details instead of a page.
/// </summary>
[IgnoreAntiforgeryToken]
[Access(Access.Anyone)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public IActionResult OnGet(int? code) => Describe(code);

    public IActionResult OnPost(int? code) => Describe(code);

    private IActionResult Describe(int? code)
    {
        // Re-executed after an exception, the handler has already chosen the status (413 for a body
        // over the limit, 500 for a fault); re-executed for a status code, it is in the route.
        var status = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = status;
        (Title, Lines) = status switch
        {
            404 => ((string, IReadOnlyList<string>))("Page not found", ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."]),
            403 => ("You do not have access to this page", ["Ask your organisation's administrator if you need access."]),
            413 => ("The file is too large", ["Upload a smaller file, or split the extract."]),
            429 => ("Too many requests", ["Wait a minute and try again."]),
            >= 500 => ("Sorry, there is a problem with the service", ["Try again later. Nothing you uploaded has been lost."]),
            _ => ("Sorry, that did not work", ["Go back and try again."]),
        };
        var originalPath = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (originalPath?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = Title, Detail = string.Join(" ", Lines) }) { StatusCode = status };
        }
        return Page();
    }
}
