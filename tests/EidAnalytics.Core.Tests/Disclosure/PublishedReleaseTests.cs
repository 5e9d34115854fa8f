using System.Text.Json;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Tests.Disclosure;

public sealed class PublishedReleaseTests
{
    private static readonly DateOnly Snapshot = new(2025, 3, 31);

    /// <summary>An organisation whose only staff are at level 3: (women, key) and (men, key).</summary>
    private static ReleaseUnit Unit(string code, int women, short womenKey, int men, short menKey)
    {
        var counts = new int[DisclosureCells.Length];
        var keys = new short[DisclosureCells.Length];
        (counts[DisclosureCells.AtEnd(3, Gender.Female)], keys[DisclosureCells.AtEnd(3, Gender.Female)]) = (women, womenKey);
        (counts[DisclosureCells.AtEnd(3, Gender.Male)], keys[DisclosureCells.AtEnd(3, Gender.Male)]) = (men, menKey);
        return new ReleaseUnit(code, Snapshot, DisclosureCells.FromStored(counts, keys));
    }

    private static readonly ReleaseUnit[] Units = [Unit("E06000001", 12, 10, 40, 20), Unit("E06000002", 2, 200, 30, 100)];

    private static PublishedRelease Build() => PublishedRelease.Build(
        Snapshot, Units, [new(PublishedRelease.National, ["E06000001", "E06000002"]), new("region:Wales", ["E06000001"])], DisclosureOptions.Default);

    [Fact]
    public void Each_count_is_its_true_count_changed_by_the_row_its_cell_key_picks()
    {
        var release = Build();

        // A: women 12, key 10 → keys 0–25 of a large row: −2 → 10. Recorded staff 52, key 10 + 20 = 30 → 26–76: −1 → 51.
        Assert.Equal(new PublishedProportion(10, 51), release.Unit("E06000001", MetricIds.WomenShare));
        // B: women 2, key 200 → the row of 2 gives 5 for keys 154–255: 5. Staff 32, key (200 + 100) mod 256 = 44 → −1 → 31.
        Assert.Equal(new PublishedProportion(5, 31), release.Unit("E06000002", MetricIds.WomenShare));
        // The nation: women 14, key (10 + 200) = 210 → 179–229: +1 → 15. Staff 84, key (30 + 44) = 74 → −1 → 83.
        Assert.Equal(new PublishedProportion(15, 83), release.Group(PublishedRelease.National, MetricIds.WomenShare));
        Assert.Equal(15.0 / 83, release.Group(PublishedRelease.National, MetricIds.WomenShare)!.Value);
    }

    [Fact]
    public void The_same_people_get_the_same_published_count_wherever_they_appear()
    {
        var release = Build();

        // Recorded staff are the women's-share denominator and the declaration numerator: one set, one count.
        Assert.Equal(release.Unit("E06000001", MetricIds.WomenShare)!.Denominator, release.Unit("E06000001", MetricIds.DeclarationRateGender)!.Count);
        // Level 3 is all of A's staff: its figures are the headline's.
        Assert.Equal(release.Unit("E06000001", MetricIds.WomenShare), release.Unit("E06000001", MetricIds.WomenShareLevel3));
        // A region of one organisation is that organisation.
        Assert.Equal(release.Unit("E06000001", MetricIds.WomenShare), release.Group("region:Wales", MetricIds.WomenShare));
        // And a rebuild gives the same release.
        Assert.Equal(release.Unit("E06000002", MetricIds.WomenShare), Build().Unit("E06000002", MetricIds.WomenShare));
    }

    [Fact]
    public void A_share_of_fewer_than_twenty_is_withheld_with_its_reason_and_a_pooled_total_keeps_its_count()
    {
        var release = Build();

        var level6 = release.Unit("E06000001", MetricIds.WomenShareLevel6)!;
        Assert.Equal(new PublishedProportion(null, 0, "fewer than 20 people", ShareWithheld: true), level6);
        Assert.Null(level6.Value);
        var national6 = release.Group(PublishedRelease.National, MetricIds.WomenShareLevel6)!;
        Assert.Equal(0, national6.Count);
        Assert.True(national6.IsSuppressed);
        Assert.Null(national6.Value);
    }

    [Fact]
    public void A_basket_total_is_the_sum_of_its_shown_members_published_counts()
    {
        var release = Build();
        var withheld = new PublishedProportion(null, 5, "fewer than 20 people", ShareWithheld: true);

        var total = PublishedProportion.Total([release.Unit("E06000001", MetricIds.WomenShare)!, release.Unit("E06000002", MetricIds.WomenShare)!, withheld])!;

        // 10 + 5 of 51 + 31; the withheld member is left out of both sums.
        Assert.Equal(15, total.Count);
        Assert.Equal(82, total.Denominator);
        Assert.Equal("the total of the 2 members whose shares are shown (1 left out)", total.Reason);
    }

    [Fact]
    public void The_json_release_says_its_method_and_shows_c_with_a_reason()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ReleaseJson.Write(writer, [Build()], DisclosureOptions.Default, [new CouncilFamily(1, "Unitary authorities in the South West", ["E06000001", "E06000002"])]);
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        var root = document.RootElement;

        Assert.Equal("cell-key", root.GetProperty("release").GetProperty("method").GetString());
        Assert.Equal(5, root.GetProperty("release").GetProperty("threshold").GetInt32());
        var a = root.GetProperty("organisations")[0];
        Assert.Equal("E06000001", a.GetProperty("organisation_code").GetString());
        var share = a.GetProperty("metrics").GetProperty(MetricIds.WomenShare);
        Assert.Equal(0.1961, share.GetProperty("value").GetDouble()); // 10 / 51 = 0.19608 to 4 places
        Assert.Equal(10, share.GetProperty("numerator").GetInt32());
        var level6 = a.GetProperty("metrics").GetProperty(MetricIds.WomenShareLevel6);
        Assert.Equal("[c]", level6.GetProperty("value").GetString());
        Assert.Equal("[c]", level6.GetProperty("numerator").GetString());
        Assert.Equal("fewer than 20 people", level6.GetProperty("reason").GetString());
        Assert.Equal("national", root.GetProperty("groups")[0].GetProperty("group").GetString());
        var family = root.GetProperty("families")[0];
        Assert.Equal("family:1", family.GetProperty("group").GetString());
        Assert.Equal("Family 1: Unitary authorities in the South West", family.GetProperty("name").GetString());
        Assert.Equal(["E06000001", "E06000002"], family.GetProperty("organisation_codes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_latest_dataset_is_of_the_preferred_kind_within_the_year_to_the_snapshot()
    {
        ReleaseCandidate<string>[] candidates =
        [
            new("A", new(2025, 3, 31), WholeOrganisation: false, Order: 9, "A IT team 2025"),
            new("A", new(2025, 3, 31), WholeOrganisation: true, Order: 1, "A HR 2025 v1"),
            new("A", new(2025, 3, 31), WholeOrganisation: true, Order: 5, "A HR 2025 v2"),
            new("B", new(2024, 3, 31), WholeOrganisation: true, Order: 2, "B HR 2024"),
            new("C", new(2024, 9, 30), WholeOrganisation: false, Order: 3, "C IT team Sept 2024"),
            new("D", new(2026, 3, 31), WholeOrganisation: true, Order: 4, "D HR 2026"),
        ];

        // A: HR before IT team, then the later load. B: a year old exactly is not this year's. C: within the year. D: after.
        Assert.Equal(["A HR 2025 v2", "C IT team Sept 2024"], ReleaseCandidates.Latest(candidates, new DateOnly(2025, 3, 31)));
    }
}
