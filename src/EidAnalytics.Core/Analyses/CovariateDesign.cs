namespace EidAnalytics.Core.Analyses;

/// <summary>
/// The design matrix of an adjusted figure over the 180 covariate cells: an intercept, a woman indicator, and
/// K − 1 indicator columns for each covariate's K groups (the first group is the reference). Not one-hot with
/// the intercept, which would make X'X singular.
/// </summary>
internal sealed class CovariateDesign
{
    private readonly int[][] _groupOf;
    private readonly int[] _offsets;

    /// <param name="groupOf">Per covariate (level, band, pattern), each category's group, or -1 where the category is absent.</param>
    private CovariateDesign(int[][] groupOf)
    {
        _groupOf = groupOf;
        _offsets = new int[groupOf.Length];
        var column = 2;
        for (var f = 0; f < groupOf.Length; f++)
        {
            _offsets[f] = column;
            column += Math.Max(0, groupOf[f].Max());
        }
        Columns = column;
    }

    /// <summary>Intercept, woman, then the indicators.</summary>
    public int Columns { get; }

    /// <summary>The woman indicator's column.</summary>
    public const int Woman = 1;

    /// <summary>
    /// Groups each covariate's categories present among the cells with <paramref name="trials"/>: one group per
    /// category, or, where <paramref name="mergeWithoutVariation"/> (a logistic fit), a category whose outcome
    /// never or always happens merged with its neighbour (the one below, or above for the first), as often as
    /// needed: its indicator would otherwise separate the outcome and have no finite estimate. The working
    /// pattern counts only when both full and part time occur.
    /// </summary>
    public static CovariateDesign For(double[] trials, double[]? events, bool hasPattern, bool mergeWithoutVariation)
    {
        var sizes = new[] { Covariates.Levels, Covariates.Bands, Covariates.Patterns };
        var groupOf = new int[3][];
        for (var f = 0; f < 3; f++)
        {
            var n = new double[sizes[f]];
            var y = new double[sizes[f]];
            for (var cell = 0; cell < trials.Length; cell++)
            {
                var category = Category(cell, f);
                n[category] += trials[cell];
                y[category] += events?[cell] ?? 0;
            }
            var present = Enumerable.Range(0, sizes[f]).Where(c => n[c] > 0).ToList();
            var usePattern = hasPattern && n[0] > 0 && n[1] > 0;
            // Each group is a list of categories in order.
            var groups = f == 2 && !usePattern ? [present] : present.Select(c => new List<int> { c }).ToList();
            while (mergeWithoutVariation && groups.Count > 1 && groups.FindIndex(g => WithoutVariation(g, n, y)) is var flat and >= 0)
            {
                var into = flat == 0 ? 1 : flat - 1;
                groups[into].AddRange(groups[flat]);
                groups.RemoveAt(flat);
            }
            groupOf[f] = Enumerable.Repeat(-1, sizes[f]).ToArray();
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var c in groups[g])
                {
                    groupOf[f][c] = g;
                }
            }
        }
        return new CovariateDesign(groupOf);
    }

    private static bool WithoutVariation(List<int> group, double[] trials, double[] events)
    {
        var y = group.Sum(c => events[c]);
        return y == 0 || y == group.Sum(c => trials[c]);
    }

    private static int Category(int cell, int covariate)
    {
        var (level, band, pattern, _) = Covariates.Parts(cell);
        return covariate switch { 0 => level, 1 => band, _ => pattern };
    }

    /// <summary>The design row of a cell; null when one of its categories is absent (the cell has no one in the population).</summary>
    public double[]? Row(int cell)
    {
        var row = new double[Columns];
        row[0] = 1;
        row[Woman] = Covariates.Parts(cell).Woman ? 1 : 0;
        for (var f = 0; f < _groupOf.Length; f++)
        {
            var group = _groupOf[f][Category(cell, f)];
            if (group < 0)
            {
                return null;
            }
            if (group > 0)
            {
                row[_offsets[f] + group - 1] = 1;
            }
        }
        return row;
    }
}
