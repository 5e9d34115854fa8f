using System.Security.Cryptography;
using System.Text;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>
/// The only way cross-organisation pages, APIs and downloads read figures: the stored release, which the release
/// refresh job wrote through Core's disclosure control (<see cref="PublishedRelease"/>). Nothing here computes a
/// figure from exact counts, so no request does disclosure work; the releases are read once per refresh and kept
/// in memory until the next.
/// </summary>
public sealed class ComparisonData(EidDbContext db, IMemoryCache cache)
{
    public const string National = PublishedRelease.National;

    public static string RegionKey(string region) => PublishedRelease.RegionKey(region);

    public static string TypeKey(string type) => PublishedRelease.TypeKey(type);

    public async Task<IReadOnlyList<OrganisationEntry>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();

    /// <summary>The council families of the whole reference list.</summary>
    public async Task<IReadOnlyList<CouncilFamily>> FamiliesAsync(CancellationToken cancellationToken) =>
        Families(await OrganisationsAsync(cancellationToken));

    /// <summary>
    /// The families of a reference list, kept under a hash of the list: they change only when it does (so the release
    /// refresh that follows an edit publishes the new ones), and k-means for every request would be wasted work.
    /// </summary>
    public IReadOnlyList<CouncilFamily> Families(IReadOnlyList<OrganisationEntry> organisations)
    {
        var list = string.Join('\n', organisations.OrderBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => $"{o.Code}|{o.Type}|{o.Region}|{o.ItTeamSize}|{o.WorkforceSize}"));
        var key = ("families", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(list))));
        return cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return CouncilFamilies.Of(organisations);
        })!;
    }

    /// <summary>Every snapshot's release, oldest first; empty before the first release.</summary>
    public async Task<IReadOnlyList<PublishedRelease>> ReleasesAsync(CancellationToken cancellationToken)
    {
        var state = await db.ReleaseStates.AsNoTracking().Select(s => new { s.PublishedGeneration, s.PublishedAt }).SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return [];
        }
        var key = ("releases", state.PublishedGeneration, state.PublishedAt);
        if (cache.TryGetValue(key, out IReadOnlyList<PublishedRelease>? cached) && cached is not null)
        {
            return cached;
        }
        var figures = await db.PublishedFigures.AsNoTracking().ToListAsync(cancellationToken);
        IReadOnlyList<PublishedRelease> releases = figures.GroupBy(f => f.SnapshotDate).OrderBy(g => g.Key)
            .Select(snapshot => PublishedRelease.FromAreas(snapshot.Key, Areas(snapshot.Where(f => !f.IsGroup)), Areas(snapshot.Where(f => f.IsGroup))))
            .ToList();
        cache.Set(key, releases, TimeSpan.FromHours(1));
        return releases;
    }

    /// <summary>The snapshot dates with a release, oldest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> SnapshotsAsync(CancellationToken cancellationToken) =>
        [.. (await ReleasesAsync(cancellationToken)).Select(r => r.Snapshot)];

    private static IEnumerable<PublishedArea> Areas(IEnumerable<PublishedFigure> figures) =>
        figures.GroupBy(f => f.Area).Select(area => new PublishedArea(
            area.Key, area.First().DatasetSnapshotDate,
            area.ToDictionary(f => f.MetricId, f => new PublishedProportion(f.Count, f.Denominator, f.Reason, f.ShareWithheld), StringComparer.Ordinal)));
}
