using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Disclosure;

public sealed class DisclosureCellsTests
{
    private static readonly DateOnly Snapshot = new(2025, 3, 31);

    private static EmployeeRecord Person(Gender gender, int level, DateOnly start, DateOnly? left = null, JobFamily family = JobFamily.It) => new()
    {
        OrganisationCode = "E06000001",
        SnapshotDate = Snapshot,
        EmployeeRef = "P",
        JobFamily = family,
        Level = level,
        StartDate = start,
        LeaveDate = left,
        Gender = gender,
    };

    [Fact]
    public void People_are_counted_in_their_cells_and_their_keys_summed_modulo_256()
    {
        var cells = new DisclosureCells();
        var longServing = new DateOnly(2010, 1, 1);
        cells.Add(Person(Gender.Female, 6, longServing), 200);
        cells.Add(Person(Gender.Female, 6, longServing), 100);
        cells.Add(Person(Gender.Female, 5, new DateOnly(2024, 6, 1)), 7); // a joiner
        cells.Add(Person(Gender.Male, 5, longServing, left: new DateOnly(2024, 12, 1)), 9); // a leaver: a year before, not at the snapshot
        cells.Add(Person(Gender.Female, 6, longServing, family: JobFamily.Other), 50); // outside the IT function

        // Women at level 6: 2 people, key (200 + 100) mod 256 = 44.
        Assert.Equal((2L, 44), cells.Sum([DisclosureCells.AtEnd(6, Gender.Female)]));
        // Women in leadership (levels 5–6): 3 people, key (200 + 100 + 7) mod 256 = 51.
        Assert.Equal((3L, 51), cells.Sum([DisclosureCells.AtEnd(5, Gender.Female), DisclosureCells.AtEnd(6, Gender.Female)]));
        Assert.Equal((1L, 7), cells.Sum([DisclosureCells.Joiners(Gender.Female)]));
        // A year before: the two long-serving women and the man who left since; still here: the two women.
        Assert.Equal((2L, 44), cells.Sum([DisclosureCells.AtStart(Gender.Female)]));
        Assert.Equal((1L, 9), cells.Sum([DisclosureCells.AtStart(Gender.Male)]));
        Assert.Equal((0L, 0), cells.Sum([DisclosureCells.Stayed(Gender.Male)]));
        Assert.Equal((2L, 44), cells.Sum([DisclosureCells.Stayed(Gender.Female)]));
    }

    [Fact]
    public void A_group_of_organisations_sums_their_counts_and_keys()
    {
        var a = new DisclosureCells();
        var b = new DisclosureCells();
        a.Add(Person(Gender.Male, 3, new DateOnly(2020, 1, 1)), 250);
        b.Add(Person(Gender.Male, 3, new DateOnly(2020, 1, 1)), 10);

        a.AddAll(b);

        // 2 people, key (250 + 10) mod 256 = 4.
        Assert.Equal((2L, 4), a.Sum([DisclosureCells.AtEnd(3, Gender.Male)]));
    }

    [Fact]
    public void Stored_cells_read_back_the_same()
    {
        var cells = new DisclosureCells();
        cells.Add(Person(Gender.Other, 2, new DateOnly(2020, 1, 1)), 77);

        var back = DisclosureCells.FromStored(cells.StoredCounts(), cells.StoredKeys());

        Assert.Equal((1L, 77), back.Sum([DisclosureCells.AtEnd(2, Gender.Other)]));
        Assert.Throws<ArgumentException>(() => DisclosureCells.FromStored(new int[35], new short[35]));
    }

    [Fact]
    public void A_record_key_is_the_same_for_the_same_pseudonym_and_key_and_spread_over_0_to_255()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var keys = new RecordKeys(key);
        using var again = new RecordKeys(key);
        using var other = new RecordKeys([.. key.Reverse()]);
        var pseudonyms = Enumerable.Range(0, 25_600).Select(i => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))).ToList();

        var values = pseudonyms.Select(p => keys.Of(p)).ToList();

        Assert.Equal(values, pseudonyms.Select(p => again.Of(p)));
        Assert.NotEqual(values, pseudonyms.Select(p => other.Of(p)));
        // 100 expected per value; a uniform key falls outside 50–150 with negligible probability (10 standard deviations out = 50).
        Assert.All(values.CountBy(v => v), pair => Assert.InRange(pair.Value, 50, 150));
        Assert.Equal(256, values.Distinct().Count());
    }
}
