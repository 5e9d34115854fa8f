using EidAnalytics.Core.Disclosure;
using FsCheck;
using FsCheck.Fluent;

namespace EidAnalytics.Core.Tests.Disclosure;

/// <summary>
/// DESIGN §7: no small cell (a count or an unpublished cell from 1 to 4) can be recovered from what is published. Random small tables are protected,
/// then attacked by <see cref="ExhaustiveSearch"/>, which tries every table that agrees with the published counts.
/// </summary>
public sealed class SuppressionPropertyTests
{
    private const int Threshold = 5;

    /// <summary>500 random tables per property: each is cheap, and small tables are where suppression goes wrong.</summary>
    private static readonly Config FiveHundredTables = Config.QuickThrowOnFailure.WithMaxTest(500);

    // Cell values lean small so that most tables need primary and secondary suppression.
    private static readonly Gen<long> CellValue = Gen.Frequency(
        (3, Gen.Choose(0, 4).Select(v => (long)v)),
        (2, Gen.Choose(5, 12).Select(v => (long)v)));

    /// <summary>An r × c table with every cell, row total, column total and the grand total published.</summary>
    private static readonly Arbitrary<long[][]> Tables =
        (from rows in Gen.Choose(2, 3)
         from columns in Gen.Choose(2, 4)
         from cells in Gen.ArrayOf(Gen.ArrayOf(CellValue, columns), rows)
         select cells).ToArbitrary();

    [Fact]
    public void No_count_or_cell_under_five_in_a_table_with_margins_can_be_recovered_by_exhaustive_search() =>
        Prop.ForAll(Tables, table =>
        {
            var (release, counts) = TableRelease(table);
            return Recoverable(release, counts).Count == 0;
        }).Check(FiveHundredTables);

    [Fact]
    public void No_count_or_cell_under_five_in_a_table_with_margins_lies_in_the_row_space_of_the_published_counts() =>
        Prop.ForAll(Tables, table =>
        {
            var (release, counts) = TableRelease(table);
            var protection = DisclosureControl.Protect(release, new DisclosureOptions { Threshold = Threshold });
            var published = Enumerable.Range(0, counts.Length).Where(c => !protection.IsSuppressed(c)).ToList();
            // Linear algebra over the reals: a suppressed count is recoverable when adding it to the published
            // counts' matrix does not raise the rank.
            var rank = Rank(published.Select(c => counts[c]), release.LeafCount);
            return Targets(release, counts, protection).All(t => Rank(published.Select(p => counts[p]).Append(t), release.LeafCount) > rank);
        }).QuickCheckThrowOnFailure();

    /// <summary>Councils, each with women and everyone else, inside overlapping regions and types and a national total.</summary>
    private static readonly Arbitrary<(long Women, long Others, int Region, int Type)[]> Councils =
        Gen.ArrayOf(
            from women in CellValue
            from others in CellValue
            from region in Gen.Choose(0, 1)
            from type in Gen.Choose(0, 1)
            select (women, others, region, type)).Where(a => a.Length is >= 3 and <= 6).ToArbitrary();

    [Fact]
    public void No_count_or_cell_under_five_of_councils_in_overlapping_regions_and_types_can_be_recovered() =>
        Prop.ForAll(Councils, councils =>
        {
            var release = new Release();
            var women = councils.Select(c => release.AddLeaf(c.Women)).ToArray();
            var others = councils.Select(c => release.AddLeaf(c.Others)).ToArray();
            for (var i = 0; i < councils.Length; i++)
            {
                release.AddCount([women[i]]);
                release.AddCount([women[i], others[i]]);
            }
            var groups = new List<int[]> { Enumerable.Range(0, councils.Length).ToArray() };
            groups.AddRange(Enumerable.Range(0, 2).Select(r => Enumerable.Range(0, councils.Length).Where(i => councils[i].Region == r).ToArray()));
            groups.AddRange(Enumerable.Range(0, 2).Select(t => Enumerable.Range(0, councils.Length).Where(i => councils[i].Type == t).ToArray()));
            foreach (var group in groups.Where(g => g.Length > 0))
            {
                release.AddCount(group.Select(i => women[i]), CountRole.Total);
                release.AddCount(group.SelectMany(i => new[] { women[i], others[i] }), CountRole.Total);
            }
            var counts = Enumerable.Range(0, release.CountCount).Select(c => CountLeaves(release, c)).ToArray();
            return Recoverable(release, counts).Count == 0;
        }).Check(FiveHundredTables);

    [Fact]
    public void A_three_person_team_is_suppressed_together_with_a_complement_so_the_total_does_not_give_it_away()
    {
        var release = new Release();
        var teams = new (long Women, long Others)[] { (1, 2), (12, 40), (15, 51), (9, 30) };
        var women = teams.Select(t => release.AddLeaf(t.Women)).ToArray();
        var others = teams.Select(t => release.AddLeaf(t.Others)).ToArray();
        var numerators = women.Select(w => release.AddCount([w])).ToArray();
        var denominators = teams.Select((_, i) => release.AddCount([women[i], others[i]])).ToArray();
        var total = release.AddCount(women, CountRole.Total);
        var totalPeople = release.AddCount(women.Concat(others), CountRole.Total);

        var protection = DisclosureControl.Protect(release, DisclosureOptions.Default);

        Assert.Null(protection.Count(numerators[0]));
        Assert.Null(protection.Count(denominators[0]));
        Assert.Equal(37, protection.Count(total));
        Assert.Equal(160, protection.Count(totalPeople));
        // The smallest other team (9 of 39) is the complement, so 1 + 9 and 3 + 39 stay hidden.
        Assert.Null(protection.Count(numerators[3]));
        Assert.Null(protection.Count(denominators[3]));
        Assert.Equal(12, protection.Count(numerators[1]));
        Assert.Equal(2, protection.PrimarySuppressions);
        Assert.Equal(2, protection.SecondarySuppressions);
    }

    [Fact]
    public void A_small_complement_such_as_two_men_in_a_team_of_twelve_hides_the_numerator_or_the_denominator()
    {
        var release = new Release();
        var women = release.AddLeaf(10);
        var others = release.AddLeaf(2);
        var numerator = release.AddCount([women]);
        var denominator = release.AddCount([women, others]);

        var protection = DisclosureControl.Protect(release, DisclosureOptions.Default);

        Assert.True(protection.IsSuppressed(numerator) || protection.IsSuppressed(denominator));
    }

    [Fact]
    public void A_table_with_no_small_cells_is_published_whole()
    {
        var (release, _) = TableRelease([[10, 20], [30, 40]]);

        var protection = DisclosureControl.Protect(release, DisclosureOptions.Default);

        Assert.Equal(0, protection.PrimarySuppressions + protection.SecondarySuppressions);
    }

    private static (Release Release, int[][] Counts) TableRelease(long[][] table)
    {
        var release = new Release();
        var cells = table.Select(row => row.Select(release.AddLeaf).ToArray()).ToArray();
        foreach (var row in cells)
        {
            foreach (var cell in row)
            {
                release.AddCount([cell]);
            }
            release.AddCount(row, CountRole.Total);
        }
        for (var c = 0; c < cells[0].Length; c++)
        {
            release.AddCount(cells.Select(row => row[c]), CountRole.Total);
        }
        release.AddCount(cells.SelectMany(row => row), CountRole.Total);
        return (release, Enumerable.Range(0, release.CountCount).Select(c => CountLeaves(release, c)).ToArray());
    }

    private static int[] CountLeaves(Release release, int count) => release.LeavesOf(count).ToArray();

    private static List<int[]> Recoverable(Release release, int[][] counts)
    {
        var protection = DisclosureControl.Protect(release, new DisclosureOptions { Threshold = Threshold });
        var leaves = Enumerable.Range(0, release.LeafCount).Select(release.Leaf).ToArray();
        var published = Enumerable.Range(0, counts.Length).Select(c => !protection.IsSuppressed(c)).ToArray();
        var targets = Targets(release, counts, protection).ToList();
        return ExhaustiveSearch.Recoverable(leaves, counts, published, targets);
    }

    /// <summary>
    /// What must stay hidden: every count from 1 to 4 (all of them suppressed) and every cell from 1 to 4, shown or
    /// not. Zeros are shown as [c] but are not disclosive; complementary suppressions are at least 5.
    /// </summary>
    private static IEnumerable<int[]> Targets(Release release, int[][] counts, ProtectedRelease protection) =>
        Enumerable.Range(0, counts.Length).Where(c => release.Value(c) is > 0 and < Threshold).Select(c => counts[c])
            .Concat(Enumerable.Range(0, release.LeafCount).Where(l => release.Leaf(l) is > 0 and < Threshold).Select(l => new[] { l }));

    private static int Rank(IEnumerable<int[]> rows, int columns)
    {
        var matrix = rows.Select(r => Enumerable.Range(0, columns).Select(c => r.Contains(c) ? 1.0 : 0.0).ToArray()).ToList();
        if (matrix.Count == 0)
        {
            return 0;
        }
        return MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowArrays(matrix).Rank();
    }
}
