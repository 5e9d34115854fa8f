using MathNet.Numerics.Statistics;

namespace EidAnalytics.Core.Analyses;

/// <summary>Women's share of staff and of leadership (levels 5–6) in each year after the snapshot; null where there is no one to share.</summary>
public sealed record ProjectedShares(IReadOnlyList<double?> WomenShare, IReadOnlyList<double?> LeadershipShare);

/// <summary>A projected share: the bootstrap's median and its 2.5th and 97.5th percentiles.</summary>
public readonly record struct ProjectedShare(double Median, double Low, double High);

/// <summary>Each year's projected shares with their intervals; null where there is no one to share.</summary>
public sealed record ProjectionIntervals(IReadOnlyList<ProjectedShare?> WomenShare, IReadOnlyList<ProjectedShare?> LeadershipShare);

/// <summary>
/// The flow model of DESIGN §6: where the organisation's own last-12-month rates lead its women's share.
/// </summary>
/// <remarks>
/// <para>
/// Rates, per level l and group g (women, others), from <see cref="LevelFlow"/>: leaving probability
/// q = leavers / everyone at the level in P; promotion probability from l, among those who stay,
/// p = promoted to l + 1 / (staff at l + promoted to l + 1) (promotions are taken as one level up); women's
/// share of hires h_l = women joiners / joiners at l, else, at a level nobody joined, the share among all
/// joiners, else the level's own women share.
/// </para>
/// <para>
/// A year's step keeps each level's head count N_l: of X people, (1 − q)X stay; of those, p·(1 − q)X would be
/// promoted, as far as the level above has vacancies (its leavers and its own promotions out, worked from the
/// top level down); the promotions that fit are scaled down together; hires fill what is left, h_l of them
/// women. This is a discrete-time Markov manpower model with fixed stocks (Bartholomew DJ, Forbes AF,
/// McClean SI (1991) Statistical Techniques for Manpower Planning, 2nd ed., ch. 3–4 on push and pull flows;
/// the "pull" of vacancies fixes the hires).
/// </para>
/// <para>
/// Intervals: a parametric bootstrap (Efron B, Tibshirani RJ (1993) An Introduction to the Bootstrap, §6.5).
/// Each draw redraws every count from its binomial (leavers from Binomial(at the level, q̂), promotions from
/// Binomial(staff + promoted, p̂), women joiners from Binomial(joiners, ĥ)), projects from the same S1, and the
/// figures are the draws' median and 2.5th and 97.5th percentiles (MathNet's R-8 quantile). The interval
/// carries the uncertainty of the rates, not that of the model: next year's rates are taken to be last year's.
/// </para>
/// </remarks>
public static class WorkforceProjection
{
    /// <summary>How many bootstrap draws DESIGN §6 asks for.</summary>
    public const int Draws = 1000;

    private const int Leadership = 4;

    /// <summary>The deterministic projection at the observed rates.</summary>
    public static ProjectedShares Project(IReadOnlyList<LevelFlow> levels, int years)
    {
        var rates = Rates.Of(levels);
        var women = new double?[years];
        var leadership = new double?[years];
        var state = State.AtSnapshot(levels);
        for (var year = 0; year < years; year++)
        {
            state = state.Step(rates);
            (women[year], leadership[year]) = (state.WomenShare(0), state.WomenShare(Leadership));
        }
        return new ProjectedShares(women, leadership);
    }

    /// <summary>The projection's median and interval over <see cref="Draws"/> bootstrap draws seeded by <paramref name="seed"/>.</summary>
    public static ProjectionIntervals Bootstrap(IReadOnlyList<LevelFlow> levels, int years, int seed, int draws = Draws)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var observed = Rates.Of(levels);
        var samplers = Samplers.For(levels, observed);
        var random = new Random(seed);
        var women = new double[years][];
        var leadership = new double[years][];
        for (var year = 0; year < years; year++)
        {
            (women[year], leadership[year]) = (new double[draws], new double[draws]);
        }
        var start = State.AtSnapshot(levels);
        for (var draw = 0; draw < draws; draw++)
        {
            var rates = samplers.Draw(levels, observed, random);
            var state = start;
            for (var year = 0; year < years; year++)
            {
                state = state.Step(rates);
                women[year][draw] = state.WomenShare(0) ?? double.NaN;
                leadership[year][draw] = state.WomenShare(Leadership) ?? double.NaN;
            }
        }
        return new ProjectionIntervals([.. women.Select(Summary)], [.. leadership.Select(Summary)]);
    }

    private static ProjectedShare? Summary(double[] draws)
    {
        if (double.IsNaN(draws[0]))
        {
            return null;
        }
        Array.Sort(draws);
        return new ProjectedShare(
            SortedArrayStatistics.Quantile(draws, 0.5), SortedArrayStatistics.Quantile(draws, 0.025), SortedArrayStatistics.Quantile(draws, 0.975));
    }

    /// <summary>
    /// The women's share of hires, the same at every level, that brings the projected women's share of staff
    /// to <paramref name="target"/> in <paramref name="year"/> years at the observed rates; 0 if the target is
    /// reached without any women hired; null if even hiring only women does not reach it. The share at a year is
    /// increasing in the hiring share (more women hired never means fewer women later), so bisection finds it,
    /// to 1e-9.
    /// </summary>
    public static double? HiringShareNeeded(IReadOnlyList<LevelFlow> levels, double target, int year)
    {
        var rates = Rates.Of(levels);
        var start = State.AtSnapshot(levels);
        double? ShareWith(double hiring)
        {
            var fixedHiring = rates with { Hiring = [.. rates.Hiring.Select(_ => hiring)] };
            var state = start;
            for (var y = 0; y < year; y++)
            {
                state = state.Step(fixedHiring);
            }
            return state.WomenShare(0);
        }
        if (ShareWith(1) is not { } most || most < target)
        {
            return null;
        }
        if (ShareWith(0) >= target)
        {
            return 0;
        }
        var (low, high) = (0.0, 1.0);
        while (high - low > 1e-9)
        {
            var middle = (low + high) / 2;
            (low, high) = ShareWith(middle) >= target ? (low, middle) : (middle, high);
        }
        return high;
    }

    /// <summary>Per level: leaving probability of women and others, promotion probability from the level, women's share of hires.</summary>
    private sealed record Rates(double[] LeaveWomen, double[] LeaveOthers, double[] PromoteWomen, double[] PromoteOthers, double[] Hiring)
    {
        public static Rates Of(IReadOnlyList<LevelFlow> levels)
        {
            var count = levels.Count;
            var joinersWomen = levels.Sum(l => l.JoinersWomen);
            var joiners = joinersWomen + levels.Sum(l => l.JoinersOthers);
            return new Rates(
                [.. levels.Select(l => Fraction(l.LeaversWomen, l.RowsWomen))],
                [.. levels.Select(l => Fraction(l.LeaversOthers, l.RowsOthers))],
                [.. Enumerable.Range(0, count).Select(i => i + 1 < count ? Fraction(levels[i + 1].PromotedWomen, levels[i].StaffWomen + levels[i + 1].PromotedWomen) : 0)],
                [.. Enumerable.Range(0, count).Select(i => i + 1 < count ? Fraction(levels[i + 1].PromotedOthers, levels[i].StaffOthers + levels[i + 1].PromotedOthers) : 0)],
                [.. levels.Select(l =>
                    l.JoinersWomen + l.JoinersOthers > 0 ? Fraction(l.JoinersWomen, l.JoinersWomen + l.JoinersOthers)
                    : joiners > 0 ? Fraction(joinersWomen, joiners)
                    : Fraction(l.StaffWomen, l.StaffWomen + l.StaffOthers))]);
        }

        private static double Fraction(int part, int whole) => whole > 0 ? (double)part / whole : 0;
    }

    /// <summary>A sampler per count the bootstrap redraws, null where the count is fixed (no one to draw from).</summary>
    private sealed record Samplers(BinomialSampler[] LeaveWomen, BinomialSampler[] LeaveOthers, BinomialSampler[] PromoteWomen, BinomialSampler[] PromoteOthers, BinomialSampler?[] Hiring)
    {
        public static Samplers For(IReadOnlyList<LevelFlow> levels, Rates rates)
        {
            var n = levels.Count;
            return new Samplers(
                [.. Enumerable.Range(0, n).Select(i => new BinomialSampler(levels[i].RowsWomen, rates.LeaveWomen[i]))],
                [.. Enumerable.Range(0, n).Select(i => new BinomialSampler(levels[i].RowsOthers, rates.LeaveOthers[i]))],
                [.. Enumerable.Range(0, n).Select(i => new BinomialSampler(PromotionTrials(levels, i, women: true), rates.PromoteWomen[i]))],
                [.. Enumerable.Range(0, n).Select(i => new BinomialSampler(PromotionTrials(levels, i, women: false), rates.PromoteOthers[i]))],
                [.. levels.Select((l, i) => l.JoinersWomen + l.JoinersOthers > 0 ? new BinomialSampler(l.JoinersWomen + l.JoinersOthers, rates.Hiring[i]) : null)]);
        }

        private static int PromotionTrials(IReadOnlyList<LevelFlow> levels, int i, bool women) =>
            i + 1 >= levels.Count ? 0
            : women ? levels[i].StaffWomen + levels[i + 1].PromotedWomen
            : levels[i].StaffOthers + levels[i + 1].PromotedOthers;

        public Rates Draw(IReadOnlyList<LevelFlow> levels, Rates observed, Random random)
        {
            var n = levels.Count;
            var drawn = new Rates(new double[n], new double[n], new double[n], new double[n], new double[n]);
            for (var i = 0; i < n; i++)
            {
                drawn.LeaveWomen[i] = Redraw(LeaveWomen[i], levels[i].RowsWomen, random);
                drawn.LeaveOthers[i] = Redraw(LeaveOthers[i], levels[i].RowsOthers, random);
                drawn.PromoteWomen[i] = Redraw(PromoteWomen[i], PromotionTrials(levels, i, women: true), random);
                drawn.PromoteOthers[i] = Redraw(PromoteOthers[i], PromotionTrials(levels, i, women: false), random);
                drawn.Hiring[i] = Hiring[i] is { } hiring ? Redraw(hiring, levels[i].JoinersWomen + levels[i].JoinersOthers, random) : observed.Hiring[i];
            }
            return drawn;
        }

        private static double Redraw(BinomialSampler sampler, int trials, Random random) => trials > 0 ? (double)sampler.Sample(random) / trials : 0;
    }

    /// <summary>Women and others at each level, with each level's fixed head count.</summary>
    private sealed record State(double[] Women, double[] Others)
    {
        public static State AtSnapshot(IReadOnlyList<LevelFlow> levels) =>
            new([.. levels.Select(l => (double)l.StaffWomen)], [.. levels.Select(l => (double)l.StaffOthers)]);

        /// <summary>Women's share of levels from <paramref name="fromLevel"/> (an index) up; null when they are empty.</summary>
        public double? WomenShare(int fromLevel)
        {
            double women = 0, everyone = 0;
            for (var i = fromLevel; i < Women.Length; i++)
            {
                (women, everyone) = (women + Women[i], everyone + Women[i] + Others[i]);
            }
            return everyone > 0 ? women / everyone : null;
        }

        public State Step(Rates rates)
        {
            var n = Women.Length;
            var stayWomen = new double[n];
            var stayOthers = new double[n];
            var outWomen = new double[n];
            var outOthers = new double[n];
            for (var i = 0; i < n; i++)
            {
                stayWomen[i] = (1 - rates.LeaveWomen[i]) * Women[i];
                stayOthers[i] = (1 - rates.LeaveOthers[i]) * Others[i];
                outWomen[i] = rates.PromoteWomen[i] * stayWomen[i];
                outOthers[i] = rates.PromoteOthers[i] * stayOthers[i];
            }
            var women = new double[n];
            var others = new double[n];
            // From the top down, so that a level's promotions out are settled before its vacancies are counted.
            outWomen[n - 1] = outOthers[n - 1] = 0;
            for (var i = n - 1; i >= 0; i--)
            {
                var remainingWomen = stayWomen[i] - outWomen[i];
                var remainingOthers = stayOthers[i] - outOthers[i];
                var vacancies = Women[i] + Others[i] - remainingWomen - remainingOthers;
                double inWomen = 0, inOthers = 0;
                if (i > 0)
                {
                    var wanted = outWomen[i - 1] + outOthers[i - 1];
                    var fits = wanted > vacancies ? vacancies / wanted : 1;
                    outWomen[i - 1] *= fits;
                    outOthers[i - 1] *= fits;
                    (inWomen, inOthers) = (outWomen[i - 1], outOthers[i - 1]);
                }
                var hires = Math.Max(0, vacancies - inWomen - inOthers);
                women[i] = remainingWomen + inWomen + rates.Hiring[i] * hires;
                others[i] = remainingOthers + inOthers + (1 - rates.Hiring[i]) * hires;
            }
            return new State(women, others);
        }
    }
}
