using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Compare organisations on one metric: funnel plot, ranking with intervals, table and downloads. GET only, so every comparison is a link.</summary>
[CrossOrganisation]
[Access(Access.SignedIn)]
public sealed class IndexModel(ComparisonBuilder builder, ComparisonData data, IOptions<DisclosureOptions> disclosure) : PageModel
{
    public int MinShareDenominator => disclosure.Value.MinShareDenominator;

    public Comparison? Comparison { get; private set; }

    public IReadOnlyList<OrganisationEntry> Organisations { get; private set; } = [];

    public IReadOnlyList<CouncilFamily> Families { get; private set; } = [];

    public string Query => Comparison?.Request.ToQuery() ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = await data.OrganisationsAsync(cancellationToken);
        Families = data.Families(Organisations);
        Comparison = await builder.BuildAsync(ComparisonsApi.Read(Request.Query), cancellationToken);
    }
}
