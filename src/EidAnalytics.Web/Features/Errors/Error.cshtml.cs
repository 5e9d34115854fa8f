using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Errors;

/// <summary>GOV.UK-style error pages for status codes and unhandled exceptions.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
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
    }
}
