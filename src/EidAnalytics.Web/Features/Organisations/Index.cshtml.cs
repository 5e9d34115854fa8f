using EidAnalytics.Core.Disclosure;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Organisations;

public sealed record OwnOrganisation(string Code, string Name, DateOnly? LatestSnapshot);

/// <summary>
/// The start page: an uploader's or viewer's own organisation and its links; for everyone, the
/// disclosure-controlled views across councils.
/// </summary>
[Access(Access.SignedIn)]
public sealed class IndexModel(EidDbContext db, OrganisationScope scope, IOptions<DisclosureOptions> disclosure) : PageModel
{
    public OwnOrganisation? Own { get; private set; }

    public int Threshold => disclosure.Value.Threshold;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.OrganisationId is { } id)
        {
            Own = await db.Organisations.AsNoTracking()
                .Where(o => o.Id == id)
                .Select(o => new OwnOrganisation(o.Code, o.Name, db.DatasetVersions.Where(d => d.OrganisationId == o.Id).Max(d => (DateOnly?)d.SnapshotDate)))
                .SingleAsync(cancellationToken);
        }
    }
}
