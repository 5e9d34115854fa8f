using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>An organisation's peer group and why each peer is in it. Reference data only: no figures.</summary>
[Access(Access.SignedIn)]
public sealed class PeersModel(ComparisonData data, IOptions<ComparisonOptions> options) : PageModel
{
    public OrganisationEntry Subject { get; private set; } = null!;

    public IReadOnlyList<Peer> Peers { get; private set; } = [];

    public int K { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int? k, CancellationToken cancellationToken)
    {
        var organisations = await data.OrganisationsAsync(cancellationToken);
        if (organisations.FirstOrDefault(o => o.Code == code) is not { } subject)
        {
            return NotFound();
        }
        (Subject, K) = (subject, Math.Clamp(k ?? options.Value.PeerGroupSize, 1, 100));
        Peers = PeerGroups.Nearest(subject, organisations, K);
        return Page();
    }
}
