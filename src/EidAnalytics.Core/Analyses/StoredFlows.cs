namespace EidAnalytics.Core.Analyses;

/// <summary>
/// A scope's <see cref="LevelFlow"/>s as the ten counts of each level in a row (women then others: staff, rows,
/// leavers, promoted, joiners, in the record's order), as the service stores them.
/// </summary>
public static class StoredFlows
{
    /// <summary>Counts per level.</summary>
    public const int PerLevel = 10;

    public static int[] Counts(IReadOnlyList<LevelFlow> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var counts = new int[levels.Count * PerLevel];
        for (var i = 0; i < levels.Count; i++)
        {
            var f = levels[i];
            int[] level = [f.StaffWomen, f.StaffOthers, f.RowsWomen, f.RowsOthers, f.LeaversWomen, f.LeaversOthers,
                f.PromotedWomen, f.PromotedOthers, f.JoinersWomen, f.JoinersOthers];
            level.CopyTo(counts, i * PerLevel);
        }
        return counts;
    }

    /// <exception cref="ArgumentException">The number of counts is not a multiple of <see cref="PerLevel"/>.</exception>
    public static LevelFlow[] Levels(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count % PerLevel != 0)
        {
            throw new ArgumentException($"Stored flows hold {PerLevel} counts per level; these hold {counts.Count}.", nameof(counts));
        }
        return [.. Enumerable.Range(0, counts.Count / PerLevel).Select(i =>
        {
            var at = i * PerLevel;
            return new LevelFlow(counts[at], counts[at + 1], counts[at + 2], counts[at + 3], counts[at + 4],
                counts[at + 5], counts[at + 6], counts[at + 7], counts[at + 8], counts[at + 9]);
        })];
    }
}
