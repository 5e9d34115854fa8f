using EidAnalytics.Core.Disclosure;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Disclosure;

/// <summary>The plain-English methods page every cross-council page links to. No figures.</summary>
[Access(Access.Anyone)]
public sealed class MethodsModel(IOptions<DisclosureOptions> options) : PageModel
{
    public DisclosureOptions Options => options.Value;

    public void OnGet()
    {
    }
}
