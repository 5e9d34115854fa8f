using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Tests.Organisations;

/// <summary>Council families by k-means on the reference list (docs/comparisons.md), on hand-built lists whose clusters are plain to see.</summary>
public sealed class CouncilFamiliesTests
{
    // Four obvious groups of six: within a group only the sizes differ, and by a few per cent; between groups type,
    // region and size all differ. Any k above 4 must split a tight group, whose two halves are then close together,
    // which the Davies–Bouldin index punishes, so k = 4.
    private static readonly OrganisationEntry[] FourGroups =
    [
        .. Group("W0600000", OrganisationTypes.WelshUnitary, Regions.Wales, team: 20, workforce: 3000),
        .. Group("E0900000", OrganisationTypes.LondonBorough, Regions.London, team: 150, workforce: 6000),
        .. Group("E1000000", OrganisationTypes.County, Regions.SouthEast, team: 400, workforce: 20000),
        .. Group("S1200000", OrganisationTypes.ScottishCouncil, Regions.Scotland, team: 60, workforce: 8000),
    ];

    [Fact]
    public void Four_plain_groups_are_four_families_named_by_what_their_members_share()
    {
        var families = CouncilFamilies.Of(FourGroups);

        // Numbered by the first member's code in ordinal order: E09 < E10 < S12 < W06. Workforces are 6,010–6,060,
        // 20,010–20,060, 8,010–8,060 and 3,010–3,060: one band each. The Welsh teams are 21–26
        // people: 21–24 are "under 25" and 25–26 are "25–49", and 4 of 6 is two thirds, so the band is "mostly" theirs.
        Assert.Equal(
        [
            "Family 1: London boroughs in London, IT teams 100–249, workforces 5,000–9,999 | E09000001 E09000002 E09000003 E09000004 E09000005 E09000006",
            "Family 2: County councils in the South East, IT teams 250–499, workforces 20,000 or more | E10000001 E10000002 E10000003 E10000004 E10000005 E10000006",
            "Family 3: Scottish councils in Scotland, IT teams 50–99, workforces 5,000–9,999 | S12000001 S12000002 S12000003 S12000004 S12000005 S12000006",
            "Family 4: Welsh unitary authorities in Wales, IT teams mostly under 25, workforces 2,500–4,999 | W06000001 W06000002 W06000003 W06000004 W06000005 W06000006",
        ], families.Select(f => $"{f.Name} | {string.Join(' ', f.Codes)}"));
    }

    [Fact]
    public void The_same_list_in_any_order_gives_the_same_families()
    {
        var reversed = FourGroups.Reverse().ToList();
        var shuffled = FourGroups.OrderBy(o => o.Code[^1]).ThenByDescending(o => o.Code).ToList();

        var expected = CouncilFamilies.Of(FourGroups);

        Assert.Equal(Describe(expected), Describe(CouncilFamilies.Of(reversed)));
        Assert.Equal(Describe(expected), Describe(CouncilFamilies.Of(shuffled)));
    }

    [Fact]
    public void Four_organisations_are_too_few_for_four_families()
    {
        Assert.Empty(CouncilFamilies.Of(FourGroups.Take(4).ToList()));
    }

    [Fact]
    public void A_release_publishes_each_family_as_a_fixed_group()
    {
        var groups = ReleaseGroups.Fixed(FourGroups);

        Assert.Equal(["family:1", "family:2", "family:3", "family:4"], groups.Select(g => g.Key).Where(k => k.StartsWith("family:", StringComparison.Ordinal)));
        Assert.Equal(6, groups.Single(g => g.Key == "family:4").Codes.Count);
    }

    private static IEnumerable<OrganisationEntry> Group(string prefix, string type, string region, int team, int workforce) =>
        Enumerable.Range(1, 6).Select(i => new OrganisationEntry(
            $"{prefix}{i}", $"Council {prefix}{i}", type, region, team + i, workforce + (10 * i)));

    private static IEnumerable<string> Describe(IReadOnlyList<CouncilFamily> families) => families.Select(f => $"{f.Name} | {string.Join(' ', f.Codes)}");
}
