using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Each organisation's series across snapshots, its recent-trend marker and its trajectory to a target.</summary>
[CrossOrganisation]
[Access(Access.SignedIn)]
public sealed class TrendsModel(ComparisonBuilder builder) : PageModel
{
    public Comparison? Comparison { get; private set; }

    public IReadOnlyList<TrendRow> Trends { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Comparison = await builder.BuildAsync(ComparisonsApi.Read(Request.Query), cancellationToken);
        if (Comparison is not null)
        {
            Trends = await builder.TrendsAsync(Comparison, cancellationToken);
        }
    }
}
