using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>An organisation's figures for its latest dataset version (or ?dataset=ID), and its dataset history.</summary>
[Access(Access.OrganisationMember)]
public sealed class DashboardModel(OrganisationFiguresQuery query) : PageModel
{
    public OrganisationFigures Figures { get; private set; } = null!;
    public IReadOnlyList<DatasetSummary> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, long? dataset, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        if (figures is null)
        {
            return NotFound();
        }
        Figures = figures;
        History = figures.History;
        return Page();
    }
}
