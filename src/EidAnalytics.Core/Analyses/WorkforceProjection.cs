
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
/// figures are the draws' median and 2.5th and 97.5th percentiles (Hyndman and Fan's definition 8). The interval
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
        ArgumentNullException.ThrowIfNull(levels);
        var rates = Rates.Of(levels);
        var women = new double?[years];
        var leadership = new double?[years];
        var state = new Projector(levels);
        for (var year = 0; year < years; year++)
        {
            state.Step(rates);
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
        var random = new SeededRandom(seed);
        var women = new double[years][];
        var leadership = new double[years][];
        for (var year = 0; year < years; year++)
        {
            (women[year], leadership[year]) = (new double[draws], new double[draws]);
        }
        var state = new Projector(levels);
        var rates = Rates.Empty(levels.Count);
        for (var draw = 0; draw < draws; draw++)
        {
            samplers.Draw(levels, observed, ref random, rates);
            state.Restart();
            for (var year = 0; year < years; year++)
            {
                state.Step(rates);
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
        return new ProjectedShare(Quantile(draws, 0.5), Quantile(draws, 0.025), Quantile(draws, 0.975));
    }

    /// <summary>
    /// The sample quantile by Hyndman and Fan's definition 8 (Hyndman RJ, Fan Y (1996) Am. Stat. 50:361–365;
    /// median-unbiased, the one they recommend, and R's type = 8): h = (n + 1/3)τ + 1/3, interpolating between
    /// the ⌊h⌋th and ⌈h⌉th smallest. The two order statistics are found by selection, which reorders
    /// <paramref name="values"/>: three quantiles of a thousand draws for every scope of a large file would
    /// otherwise cost a sort each.
    /// </summary>
    internal static double Quantile(double[] values, double tau)
    {
        var h = (values.Length + 1.0 / 3) * tau + 1.0 / 3;
        var below = Math.Clamp((int)Math.Floor(h), 1, values.Length);
        var lower = Select(values, below - 1);
        if (below == values.Length || h <= below)
        {
            return lower;
        }
        // After selection everything from below onwards is at least the lower value; the next order statistic is their least.
        var upper = double.PositiveInfinity;
        for (var i = below; i < values.Length; i++)
        {
            upper = Math.Min(upper, values[i]);
        }
        return lower + (h - below) * (upper - lower);
    }

    /// <summary>The k-th smallest (0-based), by Hoare's quickselect (Hoare CAR (1961) CACM 4:321, algorithm 65) with a middle pivot.</summary>
    private static double Select(double[] values, int k)
    {
        var (left, right) = (0, values.Length - 1);
        while (left < right)
        {
            var pivot = values[(left + right) >> 1];
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }
                while (values[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    (i, j) = (i + 1, j - 1);
                }
            }
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }
        return values[k];
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
        ArgumentNullException.ThrowIfNull(levels);
        var rates = Rates.Of(levels);
        var state = new Projector(levels);
        double? ShareWith(double hiring)
        {
            Array.Fill(rates.Hiring, hiring);
            state.Restart();
            for (var y = 0; y < year; y++)
            {
                state.Step(rates);
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

        public static Rates Empty(int levels) => new(new double[levels], new double[levels], new double[levels], new double[levels], new double[levels]);

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

        /// <summary>Fills <paramref name="drawn"/> with one draw of every rate.</summary>
        public void Draw(IReadOnlyList<LevelFlow> levels, Rates observed, ref SeededRandom random, Rates drawn)
        {
            var n = levels.Count;
            for (var i = 0; i < n; i++)
            {
                drawn.LeaveWomen[i] = Redraw(LeaveWomen[i], levels[i].RowsWomen, ref random);
                drawn.LeaveOthers[i] = Redraw(LeaveOthers[i], levels[i].RowsOthers, ref random);
                drawn.PromoteWomen[i] = Redraw(PromoteWomen[i], PromotionTrials(levels, i, women: true), ref random);
                drawn.PromoteOthers[i] = Redraw(PromoteOthers[i], PromotionTrials(levels, i, women: false), ref random);
                drawn.Hiring[i] = Hiring[i] is { } hiring ? Redraw(hiring, levels[i].JoinersWomen + levels[i].JoinersOthers, ref random) : observed.Hiring[i];
            }
        }

        private static double Redraw(BinomialSampler sampler, int trials, ref SeededRandom random) => trials > 0 ? (double)sampler.Sample(ref random) / trials : 0;
    }

    /// <summary>
    /// Women and others at each level, stepped a year at a time in place (the bootstrap steps five thousand
    /// times per scope, and a new state each time would be most of its cost).
    /// </summary>
    private sealed class Projector
    {
        private readonly double[] _startWomen;
        private readonly double[] _startOthers;
        private readonly double[] _women;
        private readonly double[] _others;
        private readonly double[] _outWomen;
        private readonly double[] _outOthers;

        public Projector(IReadOnlyList<LevelFlow> levels)
        {
            _startWomen = [.. levels.Select(l => (double)l.StaffWomen)];
            _startOthers = [.. levels.Select(l => (double)l.StaffOthers)];
            (_women, _others) = ((double[])_startWomen.Clone(), (double[])_startOthers.Clone());
            (_outWomen, _outOthers) = (new double[levels.Count], new double[levels.Count]);
        }

        /// <summary>Back to the staff at the snapshot.</summary>
        public void Restart()
        {
            _startWomen.CopyTo(_women, 0);
            _startOthers.CopyTo(_others, 0);
        }

        /// <summary>Women's share of levels from <paramref name="fromLevel"/> (an index) up; null when they are empty.</summary>
        public double? WomenShare(int fromLevel)
        {
            double women = 0, everyone = 0;
            for (var i = fromLevel; i < _women.Length; i++)
            {
                (women, everyone) = (women + _women[i], everyone + _women[i] + _others[i]);
            }
            return everyone > 0 ? women / everyone : null;
        }

        public void Step(Rates rates)
        {
            var n = _women.Length;
            for (var i = 0; i < n - 1; i++)
            {
                _outWomen[i] = rates.PromoteWomen[i] * (1 - rates.LeaveWomen[i]) * _women[i];
                _outOthers[i] = rates.PromoteOthers[i] * (1 - rates.LeaveOthers[i]) * _others[i];
            }
            (_outWomen[n - 1], _outOthers[n - 1]) = (0, 0);
            // From the top down, so that a level's promotions out are settled before its vacancies are counted;
            // a level is rewritten only after the level above has taken its promotions from it.
            for (var i = n - 1; i >= 0; i--)
            {
                var remainingWomen = (1 - rates.LeaveWomen[i]) * _women[i] - _outWomen[i];
                var remainingOthers = (1 - rates.LeaveOthers[i]) * _others[i] - _outOthers[i];
                // Never below 0: rounding can leave −2e-16 where a level keeps everyone.
                var vacancies = Math.Max(0, _women[i] + _others[i] - remainingWomen - remainingOthers);
                double inWomen = 0, inOthers = 0;
                if (i > 0)
                {
                    var wanted = _outWomen[i - 1] + _outOthers[i - 1];
                    var fits = wanted > vacancies ? vacancies / wanted : 1;
                    _outWomen[i - 1] *= fits;
                    _outOthers[i - 1] *= fits;
                    (inWomen, inOthers) = (_outWomen[i - 1], _outOthers[i - 1]);
                }
                var hires = Math.Max(0, vacancies - inWomen - inOthers);
                _women[i] = remainingWomen + inWomen + rates.Hiring[i] * hires;
                _others[i] = remainingOthers + inOthers + (1 - rates.Hiring[i]) * hires;
            }
        }
    }
}
