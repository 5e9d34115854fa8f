using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Disclosure;

/// <summary>The fixed groups every release publishes totals for, from the reference list.</summary>
public static class ReleaseGroups
{
    /// <summary>The nation, each region, each council type and each council family (<see cref="CouncilFamilies"/>), in that order.</summary>
    public static IReadOnlyList<ReleaseGroup> Fixed(IReadOnlyList<OrganisationEntry> organisations) =>
        Fixed(organisations, CouncilFamilies.Of(organisations));

    /// <summary>The same, with the list's families already worked out.</summary>
    public static IReadOnlyList<ReleaseGroup> Fixed(IReadOnlyList<OrganisationEntry> organisations, IReadOnlyList<CouncilFamily> families)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(families);
        return
        [
            new(PublishedRelease.National, organisations.Select(o => o.Code).ToList()),
            .. organisations.Where(o => o.Region is not null).GroupBy(o => o.Region!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReleaseGroup(PublishedRelease.RegionKey(g.Key), g.Select(o => o.Code).ToList())),
            .. organisations.GroupBy(o => o.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReleaseGroup(PublishedRelease.TypeKey(g.Key), g.Select(o => o.Code).ToList())),
            .. families.Select(f => new ReleaseGroup(f.Key, f.Codes)),
        ];
    }
}
