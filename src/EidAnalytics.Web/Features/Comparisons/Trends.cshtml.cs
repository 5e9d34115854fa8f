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

    /// <summary>What is wrong with the target the user tried; the default target is used instead.</summary>
    public string? TargetError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query["target"].FirstOrDefault() is { Length: > 0 } tried && ComparisonsApi.TargetPercent(tried) is null)
        {
            TargetError = "Enter the target as a percentage from 1 to 100, such as 30";
        }

        Comparison = await builder.BuildAsync(ComparisonsApi.Read(Request.Query), cancellationToken);
        if (Comparison is not null)
        {
            Trends = await builder.TrendsAsync(Comparison, cancellationToken);
        }
    }
}
