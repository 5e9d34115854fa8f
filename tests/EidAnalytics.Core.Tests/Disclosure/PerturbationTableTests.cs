using EidAnalytics.Core.Disclosure;

namespace EidAnalytics.Core.Tests.Disclosure;

public sealed class PerturbationTableTests
{
    private static readonly PerturbationTable Table = new(threshold: 5);

    [Fact]
    public void A_large_count_changes_by_up_to_two_with_the_documented_keys()
    {
        // Keys of 256: −2: 26, −1: 51, 0: 102, +1: 51, +2: 26 (probabilities 0.102, 0.199, 0.398, 0.199, 0.102).
        Assert.Equal([new(-2, 26), new(-1, 51), new(0, 102), new(1, 51), new(2, 26)], Table.Row(7));
        Assert.Equal(Table.Row(7), Table.Row(10_000));
        // Key 0–25 gives −2, 26–76 gives −1, 77–178 gives 0, 179–229 +1, 230–255 +2.
        Assert.Equal(98, Table.Publish(100, 25));
        Assert.Equal(99, Table.Publish(100, 26));
        Assert.Equal(100, Table.Publish(100, 178));
        Assert.Equal(101, Table.Publish(100, 179));
        Assert.Equal(102, Table.Publish(100, 255));
    }

    [Fact]
    public void A_count_at_the_threshold_never_falls_to_one_to_four_and_keeps_its_mean()
    {
        // c = 5: outcome 3 (26 keys) goes to 5 with p 3/5 (15.6 keys) and to 0 otherwise (10.4); outcome 4 (51 keys)
        // to 5 with p 4/5 (40.8) and to 0 (10.2). So 0: 20.6, 5: 102 + 15.6 + 40.8 = 158.4, 6: 51, 7: 26; largest
        // remainder rounding gives 21, 158, 51, 26. Mean change (−5·21 + 51 + 2·26)/256 = −2/256.
        Assert.Equal([new(-5, 21), new(0, 158), new(1, 51), new(2, 26)], Table.Row(5));
        // c = 6: outcome 4 (26 keys) goes to 5 with p 4/5 (20.8) and to 0 (5.2): 0: 5.2 → 5, 5: 20.8 + 51 = 71.8 → 72.
        Assert.Equal([new(-6, 5), new(-1, 72), new(0, 102), new(1, 51), new(2, 26)], Table.Row(6));
    }

    [Fact]
    public void A_small_count_is_published_as_zero_or_the_threshold_in_proportion()
    {
        // c = 2: 5 with probability 2/5 (102.4 keys → 102), 0 otherwise (153.6 → 154).
        Assert.Equal([new(-2, 154), new(3, 102)], Table.Row(2));
        Assert.Equal([new(0, 256)], Table.Row(0));
    }

    [Fact]
    public void No_count_and_key_gives_a_published_count_from_one_to_four()
    {
        for (var count = 0; count <= 300; count++)
        {
            for (var key = 0; key < RecordKeys.Range; key++)
            {
                var published = Table.Publish(count, key);
                Assert.True(published == 0 || published >= 5, $"{count} with key {key} gives {published}");
            }
        }
    }

    [Fact]
    public void Every_row_covers_every_key_and_its_mean_is_the_true_count_to_within_two_hundredths()
    {
        for (var count = 0; count <= 50; count++)
        {
            var row = Table.Row(count);
            Assert.Equal(RecordKeys.Range, row.Sum(o => o.Keys));
            var mean = row.Sum(o => (double)o.Change * o.Keys) / RecordKeys.Range;
            Assert.InRange(mean, -0.02, 0.02);
        }
    }

    [Fact]
    public void Every_count_but_zero_has_at_least_two_outcomes_so_no_published_count_is_certain()
    {
        for (var count = 1; count <= 50; count++)
        {
            Assert.True(Table.Row(count).Count >= 2, $"count {count}");
        }
    }

    [Fact]
    public void Rounding_to_base_five_takes_nought_to_two_to_nought_and_three_to_seven_to_five()
    {
        var rounding = new RoundingToBase(5);
        Assert.Equal([0L, 0, 0, 5, 5, 5, 5, 5, 10, 10, 10], Enumerable.Range(0, 11).Select(c => rounding.Publish(c, 0)));
    }
}
