using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Tests.Comparisons;

public sealed class PeerGroupTests
{
    // A hand-built register. Logs of team sizes: ln 50 = 3.912, ln 52 = 3.951, ln 48 = 3.871, ln 200 = 5.298, ln 49 = 3.892.
    private static readonly OrganisationEntry Subject = new("E06000001", "Subject", OrganisationTypes.Unitary, "South West", 52, 4000);

    private static readonly OrganisationEntry[] Register =
    [
        Subject,
        new("E06000002", "Twin", OrganisationTypes.Unitary, "South West", 48, 4100),
        new("E06000003", "Same type elsewhere", OrganisationTypes.Unitary, "London", 50, 4000),
        new("E07000004", "Neighbour district", OrganisationTypes.District, "South West", 49, 4000),
        new("E06000005", "Big unitary next door", OrganisationTypes.Unitary, "South West", 200, 20000),
        new("E10000006", "County far away", OrganisationTypes.County, "North East", 200, 20000),
    ];

    [Fact]
    public void The_nearest_peers_share_type_and_region_and_size_and_the_subject_is_never_its_own_peer()
    {
        var peers = PeerGroups.Nearest(Subject, Register, k: 3);

        Assert.Equal(["E06000002", "E06000003", "E07000004"], peers.Select(p => p.Organisation.Code));
        Assert.DoesNotContain(peers, p => p.Organisation.Code == Subject.Code);
        Assert.True(peers[0].SameType && peers[0].SameRegion);
    }

    [Fact]
    public void A_different_type_or_region_costs_as_much_as_one_standard_deviation_of_size()
    {
        var peers = PeerGroups.Nearest(Subject, Register, k: 5);
        var sameTypeElsewhere = peers.Single(p => p.Organisation.Code == "E06000003");
        var bigNextDoor = peers.Single(p => p.Organisation.Code == "E06000005");

        // One mismatch and near-equal sizes: d ≈ √1 = 1 (scaled by 4/4).
        Assert.InRange(sameTypeElsewhere.Distance, 1.0, 1.05);
        Assert.True(bigNextDoor.Distance > sameTypeElsewhere.Distance);
        Assert.Equal("E10000006", peers[^1].Organisation.Code);
    }

    [Fact]
    public void Each_peer_is_explained_in_words()
    {
        var twin = PeerGroups.Nearest(Subject, Register, k: 1)[0];

        // Sizes in bands (48 is in 25–49, 52 in 50–99; 4,100 and 4,000 both in 2,500–4,999), never exact.
        Assert.Equal("same type (Unitary authority), same region (South West), IT team 25–49 vs 50–99, workforce 2,500–4,999 (both)", twin.Explanation);
    }

    [Fact]
    public void The_same_register_always_gives_the_same_group_and_ties_go_to_the_lower_code()
    {
        OrganisationEntry[] clones = [Subject, new("E06000009", "B", OrganisationTypes.Unitary, "South West", 52, 4000), new("E06000008", "A", OrganisationTypes.Unitary, "South West", 52, 4000)];

        var peers = PeerGroups.Nearest(Subject, clones, k: 1);

        Assert.Equal("E06000008", peers[0].Organisation.Code);
        Assert.Equal(0, peers[0].Distance);
    }

    [Fact]
    public void A_missing_size_is_left_out_and_the_rest_scaled_up()
    {
        OrganisationEntry[] register = [Subject, new("E06000010", "No sizes", OrganisationTypes.County, "South West")];

        var peer = PeerGroups.Nearest(Subject, register)[0];

        // Only type (1) and region (0) are compared: d² = 1 × 4 / 2 = 2.
        Assert.Equal(Math.Sqrt(2), peer.Distance, 9);
    }
}
