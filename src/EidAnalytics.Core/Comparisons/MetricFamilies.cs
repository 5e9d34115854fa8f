using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Comparisons;

/// <summary>
/// One organisation's figures of a family as the cells of the underlying table (<see cref="Leaves"/>) and,
/// for each metric, which cells its numerator and denominator add up. Published counts are always sums of
/// these cells, so a figure and everything it could be subtracted from are protected together.
/// </summary>
public sealed record UnitCells(long[] Leaves, IReadOnlyDictionary<string, (int[] Numerator, int[] Denominator)> Metrics);

/// <summary>Splits stored metrics into the cells of their family's table.</summary>
public static class MetricFamilies
{
    /// <summary>
    /// The organisation's cells, or null when the family's metrics are absent (e.g. no leave dates) or do not
    /// add up. Representation: women and everyone else with a recorded gender at each level (levels partition
    /// the staff), plus the undisclosed. Hiring: women and other joiners. Stability: stayers and leavers among
    /// women, men and the rest of the staff a year before.
    /// </summary>
    public static UnitCells? Split(string family, IReadOnlyDictionary<string, MetricValue> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return family switch
        {
            ComparableMetrics.Representation => Representation(metrics),
            ComparableMetrics.Hiring => Hiring(metrics),
            ComparableMetrics.Stability => Stability(metrics),
            _ => throw new ArgumentException($"Unknown family '{family}'.", nameof(family)),
        };
    }

    private static UnitCells? Representation(IReadOnlyDictionary<string, MetricValue> metrics)
    {
        var levels = MetricIds.WomenShareByLevel.Select(id => Counts(metrics, id)).ToList();
        if (levels.Any(l => l is null) || Counts(metrics, MetricIds.DeclarationRateGender) is not { } declaration)
        {
            return null;
        }
        // Leaves 0–5: women at levels 1–6; 6–11: everyone else recorded at levels 1–6; 12: undisclosed.
        var leaves = levels.Select(l => l!.Value.Part).Concat(levels.Select(l => l!.Value.Whole - l!.Value.Part)).ToList();
        leaves.Add(declaration.Whole - levels.Sum(l => l!.Value.Whole));
        var women = Enumerable.Range(0, 6).ToArray();
        var recorded = Enumerable.Range(0, 12).ToArray();
        var split = new Dictionary<string, (int[], int[])>(StringComparer.Ordinal)
        {
            [MetricIds.WomenShare] = (women, recorded),
            [MetricIds.WomenShareLeadership] = ([4, 5], [4, 5, 10, 11]),
            [MetricIds.DeclarationRateGender] = (recorded, Enumerable.Range(0, 13).ToArray()),
        };
        for (var level = 0; level < 6; level++)
        {
            split[MetricIds.WomenShareByLevel[level]] = ([level], [level, level + 6]);
        }
        return Cells(leaves, split);
    }

    private static UnitCells? Hiring(IReadOnlyDictionary<string, MetricValue> metrics) =>
        Counts(metrics, MetricIds.HiringWomenShare) is { } joiners
            ? Cells([joiners.Part, joiners.Whole - joiners.Part], new Dictionary<string, (int[], int[])> { [MetricIds.HiringWomenShare] = ([0], [0, 1]) })
            : null;

    private static UnitCells? Stability(IReadOnlyDictionary<string, MetricValue> metrics)
    {
        if (Counts(metrics, MetricIds.StabilityIndex) is not { } all
            || Counts(metrics, MetricIds.StabilityIndexWomen) is not { } women
            || Counts(metrics, MetricIds.StabilityIndexMen) is not { } men)
        {
            return null;
        }
        var restStayed = all.Part - women.Part - men.Part;
        var restAtStart = all.Whole - women.Whole - men.Whole;
        // Leaves: women stayed, women left, men stayed, men left, the rest stayed, the rest left.
        return Cells(
            [women.Part, women.Whole - women.Part, men.Part, men.Whole - men.Part, restStayed, restAtStart - restStayed],
            new Dictionary<string, (int[], int[])>
            {
                [MetricIds.StabilityIndex] = ([0, 2, 4], [0, 1, 2, 3, 4, 5]),
                [MetricIds.StabilityIndexWomen] = ([0], [0, 1]),
                [MetricIds.StabilityIndexMen] = ([2], [2, 3]),
            });
    }

    private static UnitCells? Cells(IReadOnlyList<long> leaves, Dictionary<string, (int[], int[])> split) =>
        leaves.All(l => l >= 0) ? new UnitCells([.. leaves], split) : null;

    /// <summary>A metric's whole-number numerator and denominator (present even when the share itself is missing, as 0 of 0).</summary>
    private static (long Part, long Whole)? Counts(IReadOnlyDictionary<string, MetricValue> metrics, string id) =>
        metrics.TryGetValue(id, out var metric) && metric is { Numerator: { } part, Denominator: { } whole }
            ? ((long)Math.Round(part), (long)Math.Round(whole))
            : null;
}
