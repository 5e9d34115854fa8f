namespace EidAnalytics.Core.Tests.Disclosure;

/// <summary>
/// The attacker's search, complete on small tables: it looks through every table of non-negative whole numbers
/// that agrees with the published counts (branching on a cell's range, halving it, and narrowing the other
/// cells' ranges from each published sum) for one in which a target differs from its true value. A target is
/// recovered when there is none. Independent of the code under test: it knows nothing of null spaces.
/// </summary>
internal static class ExhaustiveSearch
{
    /// <summary>The targets (leaf sets) that take their true value in every table agreeing with what is published.</summary>
    public static List<int[]> Recoverable(long[] leaves, int[][] counts, bool[] published, IReadOnlyList<int[]> targets)
    {
        var constraints = counts.Where((_, c) => published[c])
            .Select(c => new Constraint(c, c.Sum(l => leaves[l]), c.Sum(l => leaves[l])))
            .ToList();
        // A cell in no published count is bounded by nothing; one more than everything is room enough to move it.
        var cap = leaves.Sum() + 1;
        return targets.Where(target =>
        {
            var truth = target.Sum(l => leaves[l]);
            return !Feasible(leaves.Length, cap, [.. constraints, new Constraint(target, 0, truth - 1)])
                && !Feasible(leaves.Length, cap, [.. constraints, new Constraint(target, truth + 1, cap * leaves.Length)]);
        }).ToList();
    }

    private sealed record Constraint(int[] Leaves, long Min, long Max);

    private static bool Feasible(int leafCount, long cap, List<Constraint> constraints)
    {
        var low = new long[leafCount];
        var high = Enumerable.Repeat(cap, leafCount).ToArray();
        return Search(low, high, constraints);
    }

    private static bool Search(long[] low, long[] high, List<Constraint> constraints)
    {
        if (!Narrow(low, high, constraints))
        {
            return false;
        }
        var widest = -1;
        for (var l = 0; l < low.Length; l++)
        {
            if (low[l] < high[l] && (widest < 0 || high[l] - low[l] < high[widest] - low[widest]))
            {
                widest = l;
            }
        }
        if (widest < 0)
        {
            return true;
        }
        var middle = low[widest] + ((high[widest] - low[widest]) / 2);
        var (lowerHigh, upperLow) = ((long[])high.Clone(), (long[])low.Clone());
        lowerHigh[widest] = middle;
        upperLow[widest] = middle + 1;
        return Search((long[])low.Clone(), lowerHigh, constraints) || Search(upperLow, (long[])high.Clone(), constraints);
    }

    /// <summary>Bounds propagation: each sum's range limits each of its cells given the others' ranges.</summary>
    private static bool Narrow(long[] low, long[] high, List<Constraint> constraints)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var constraint in constraints)
            {
                var sumLow = constraint.Leaves.Sum(l => low[l]);
                var sumHigh = constraint.Leaves.Sum(l => high[l]);
                if (sumLow > constraint.Max || sumHigh < constraint.Min)
                {
                    return false;
                }
                foreach (var l in constraint.Leaves)
                {
                    var newHigh = constraint.Max - (sumLow - low[l]);
                    var newLow = constraint.Min - (sumHigh - high[l]);
                    if (newHigh < high[l])
                    {
                        (high[l], changed) = (newHigh, true);
                    }
                    if (newLow > low[l])
                    {
                        (low[l], changed) = (newLow, true);
                    }
                    if (low[l] > high[l])
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
