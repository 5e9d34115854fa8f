using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// The one disclosure-control step (DESIGN §7) every figure passes before it is shown or downloaded outside
/// the organisation it describes. Pure and deterministic: the same release always gives the same pattern.
/// </summary>
/// <remarks>
/// <para><b>Primary suppression.</b> Every published count below the threshold is suppressed, zeros included,
/// so no page or file ever shows 0–4. Every cell of the underlying table from 1 to the threshold − 1 (a leaf:
/// e.g. "men and other at level 6", never published itself but equal to a denominator minus a numerator)
/// becomes <em>sensitive</em>. Figures derived from a suppressed count (shares, intervals, verdicts, trends,
/// ranks) are computed only from <see cref="ProtectedRelease"/>, so they are missing — shown as <c>[c]</c> —
/// whenever a count they need is.</para>
/// <para><b>What must not be recoverable.</b> Every count and every leaf from 1 to the threshold − 1: the
/// small groups of people. A zero is shown as <c>[c]</c> but is not protected further: learning that nobody is
/// in a cell (often a structural zero, such as a level a small team does not have) discloses nothing about a
/// person, and ONS practice likewise treats zeros as non-disclosive. A complementary suppression is at least
/// the threshold, so, as in ONS cell suppression, it is there to hide the small cells and need not itself be
/// unrecoverable; requiring that as well blanked nearly every council's headline in the sample data.</para>
/// <para><b>Secondary suppression.</b> No small cell may be <em>determined</em> by what is published: its value
/// must not be the same in every table of non-negative whole numbers that agrees with every published count.
/// The audit has two parts. (1) Propagation, as a person with a spreadsheet would do it: a published count with
/// one unknown leaf gives that leaf; one whose unknown leaves must sum to 0 gives them all (counts are never
/// negative). (2) Linear algebra on what stays unknown, one connected block at a time: leaves that are positive
/// may move, and a target is undetermined when some direction in the null space of the published equations
/// changes it, i.e. when it is not in their row space (Gauss–Jordan elimination with the row operations kept,
/// so a determined target also names the equations that give it away). A zero leaf is held fixed, as an
/// attacker might know it. While anything is determined, one more published count is suppressed per exposed
/// target, chosen by (a) its role — an organisation's breakdowns and groups' breakdowns before an organisation's
/// headline figure, and groups' headline totals last (<see cref="CountRole"/>); (b) how directly it gives the
/// target away; (c) the smallest value. Counts over the same positive cells are one number and are suppressed
/// together. Every round suppresses at least one count, so the loop ends; suppressing everything is safe.</para>
/// <para>Sources: ONS, <i>Statistical Disclosure Control</i> guidance and the GSS <i>Disclosure control
/// guidance for tables produced from administrative sources</i> (threshold rules and complementary
/// suppression); Hundepool et al. (2012) <i>Statistical Disclosure Control</i>, Wiley, ch. 4 (primary and
/// secondary cell suppression, the attacker's linear-programming view of a table). The linear-algebra audit
/// proves a cell undetermined over the reals; for tables whose equations are totally unimodular (a table with
/// its margins, nested totals) that is the same over whole numbers, and the property tests check it by
/// exhaustive search on small tables.</para>
/// </remarks>
public static class DisclosureControl
{
    /// <summary>What a suppressed figure shows, as in ONS and Fingertips tables.</summary>
    public const string Suppressed = "[c]";

    private const double Tolerance = 1e-9;

    /// <summary>Protects a release: primary then secondary suppression, as described on the class.</summary>
    public static ProtectedRelease Protect(Release release, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threshold, 1);
        var threshold = options.Threshold;
        var suppressed = new bool[release.CountCount];
        var primary = 0;
        for (var c = 0; c < suppressed.Length; c++)
        {
            if (release.Value(c) < threshold)
            {
                suppressed[c] = true;
                primary++;
            }
        }
        var sensitive = Enumerable.Range(0, release.LeafCount).Where(l => release.Leaf(l) > 0 && release.Leaf(l) < threshold).ToHashSet();
        var twins = Twins(release);
        var order = Preference(release, twins);
        var roles = Enumerable.Range(0, release.CountCount).Select(c => twins[c].Max(release.Role)).ToArray();

        // Each round suppresses at least one more count, so there are at most as many rounds as counts.
        for (var round = 0; round <= suppressed.Length; round++)
        {
            var audit = new Audit(release, suppressed, sensitive, order, roles, threshold);
            var exposures = audit.Exposures();
            if (exposures.Count == 0)
            {
                return new ProtectedRelease(release, suppressed, primary);
            }
            var chosen = new HashSet<int>();
            foreach (var candidates in exposures)
            {
                if (candidates.Any(chosen.Contains))
                {
                    continue;
                }
                // A candidate whose every cell is worked out without it would hide nothing.
                var pick = candidates.Where(c => !suppressed[c]).DefaultIfEmpty(-1)
                    .FirstOrDefault(c => c < 0 || !audit.IsWorkedOutWithout(c), candidates.FirstOrDefault(c => !suppressed[c], -1));
                if (pick >= 0)
                {
                    chosen.Add(pick);
                }
            }
            if (chosen.Count == 0)
            {
                // No equation was named (cannot happen with a consistent audit); suppress the cheapest
                // published count so that the loop still progresses.
                chosen.Add(Cheapest(order, Enumerable.Range(0, suppressed.Length).Where(c => !suppressed[c])).First());
            }
            foreach (var twin in chosen.SelectMany(c => twins[c]))
            {
                suppressed[twin] = true;
            }
        }
        throw new InvalidOperationException("Secondary suppression did not settle; this is a bug.");
    }

    /// <summary>
    /// Counts over the same positive leaves are the same number (they differ only by cells that are 0), so they
    /// are suppressed together: hiding a level's count of 7 is pointless while the headline count, the same 7
    /// because the other levels are empty, is shown.
    /// </summary>
    private static List<int>[] Twins(Release release)
    {
        var classes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var twins = new List<int>[release.CountCount];
        for (var c = 0; c < twins.Length; c++)
        {
            var positive = release.LeavesOf(c).Where(l => release.Leaf(l) > 0).ToList();
            var key = positive.Count > 0 ? string.Join(',', positive) : $"zero:{c}";
            if (!classes.TryGetValue(key, out var members))
            {
                classes[key] = members = [];
            }
            members.Add(c);
            twins[c] = members;
        }
        return twins;
    }

    /// <summary>
    /// Each count's place in the complement preference: details, then headline figures, then totals (a count
    /// ranks as its most important twin, <see cref="CountRole"/>); smaller values first; then by index.
    /// </summary>
    private static int[] Preference(Release release, List<int>[] twins)
    {
        var position = new int[release.CountCount];
        var ordered = Enumerable.Range(0, position.Length)
            .OrderBy(c => twins[c].Max(release.Role)).ThenBy(release.Value).ThenBy(c => c).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            position[ordered[i]] = i;
        }
        return position;
    }

    private static IEnumerable<int> Cheapest(int[] order, IEnumerable<int> counts) => counts.Distinct().OrderBy(c => order[c]);

    /// <summary>
    /// Candidates for one exposure: by role first (<see cref="CountRole"/>), then the counts most directly
    /// involved (depth 0 gives the target away, deeper ones gave away what those needed), then by preference.
    /// </summary>
    private static List<int> Candidates(int[] order, CountRole[] roles, IEnumerable<(int Count, int Depth)> counts) =>
        counts.GroupBy(c => c.Count).Select(g => (Count: g.Key, Depth: g.Min(c => c.Depth)))
            .OrderBy(c => roles[c.Count]).ThenBy(c => c.Depth).ThenBy(c => order[c.Count]).Select(c => c.Count).ToList();

    /// <summary>One audit of a suppression pattern: which targets are determined, and by which published counts.</summary>
    private sealed class Audit(Release release, bool[] suppressed, HashSet<int> sensitive, int[] order, CountRole[] roles, long threshold)
    {
        private readonly bool[] _known = new bool[release.LeafCount];
        private readonly int[] _reason = Enumerable.Repeat(-1, release.LeafCount).ToArray();
        private readonly List<int>[] _countsOfLeaf = CountsOfLeaves(release);

        /// <summary>True when every leaf of a published count was worked out from other published counts, so suppressing it would hide nothing.</summary>
        public bool IsWorkedOutWithout(int count) => release.LeavesOf(count).All(l => _known[l] && _reason[l] != count);

        /// <summary>For each determined target, the published counts that could be suppressed to hide it, cheapest first.</summary>
        public List<List<int>> Exposures()
        {
            Propagate();
            var exposures = new List<List<int>>();
            foreach (var leaf in sensitive.Order().Where(l => _known[l]))
            {
                exposures.Add(Candidates(order, roles, Explain(leaf).Concat(Direct(leaf).Select(c => (c, 1)))));
            }
            for (var c = 0; c < suppressed.Length; c++)
            {
                if (IsTarget(c) && release.LeavesOf(c).All(l => _known[l]))
                {
                    exposures.Add(Candidates(order, roles, release.LeavesOf(c).SelectMany(l => Explain(l).Concat(Direct(l).Select(d => (d, 1))))));
                }
            }
            exposures.AddRange(Algebra());
            return exposures;
        }

        /// <summary>A count from 1 to the threshold − 1 must stay hidden; zeros and complements need not (see the class remarks).</summary>
        private bool IsTarget(int count) => suppressed[count] && release.Value(count) > 0 && release.Value(count) < threshold;

        private static List<int>[] CountsOfLeaves(Release release)
        {
            var lists = Enumerable.Range(0, release.LeafCount).Select(_ => new List<int>()).ToArray();
            for (var c = 0; c < release.CountCount; c++)
            {
                foreach (var leaf in release.LeavesOf(c))
                {
                    lists[leaf].Add(c);
                }
            }
            return lists;
        }

        /// <summary>Works out leaves from published counts until nothing more follows.</summary>
        private void Propagate()
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var c = 0; c < suppressed.Length; c++)
                {
                    if (suppressed[c])
                    {
                        continue;
                    }
                    var leaves = release.LeavesOf(c);
                    var unknown = 0;
                    var rest = release.Value(c);
                    foreach (var leaf in leaves)
                    {
                        if (_known[leaf])
                        {
                            rest -= release.Leaf(leaf);
                        }
                        else
                        {
                            unknown++;
                        }
                    }
                    if (unknown == 0 || (unknown > 1 && rest != 0))
                    {
                        continue;
                    }
                    foreach (var leaf in leaves.Where(l => !_known[l]))
                    {
                        _known[leaf] = true;
                        _reason[leaf] = c;
                    }
                    changed = true;
                }
            }
        }

        /// <summary>The published counts a leaf is in.</summary>
        private IEnumerable<int> Direct(int leaf) => _countsOfLeaf[leaf].Where(c => !suppressed[c]);

        /// <summary>
        /// The published counts that worked a known leaf out, with how far back in the chain each one is: the one
        /// that gave it (0), those that gave its other leaves (1), and theirs (2).
        /// </summary>
        private IEnumerable<(int Count, int Depth)> Explain(int leaf)
        {
            var seen = new HashSet<int>();
            var queue = new Queue<(int Count, int Depth)>();
            if (_reason[leaf] >= 0)
            {
                queue.Enqueue((_reason[leaf], 0));
            }
            while (queue.TryDequeue(out var item))
            {
                if (!seen.Add(item.Count) || item.Depth > 2)
                {
                    continue;
                }
                yield return item;
                foreach (var other in release.LeavesOf(item.Count).Where(l => _reason[l] >= 0 && _reason[l] != item.Count))
                {
                    queue.Enqueue((_reason[other], item.Depth + 1));
                }
            }
        }

        /// <summary>The linear-algebra part of the audit, one connected block of unknown leaves at a time.</summary>
        private List<List<int>> Algebra()
        {
            var exposures = new List<List<int>>();
            var unknown = Enumerable.Range(0, release.LeafCount).Where(l => !_known[l]).ToList();
            var equations = Enumerable.Range(0, suppressed.Length)
                .Where(c => !suppressed[c] && release.LeavesOf(c).Any(l => !_known[l]))
                .ToList();
            equations.Sort((a, b) => order[a].CompareTo(order[b]));
            foreach (var block in Blocks(unknown, equations))
            {
                exposures.AddRange(AuditBlock(block.Leaves, block.Equations));
            }
            return exposures;
        }

        private IEnumerable<(List<int> Leaves, List<int> Equations)> Blocks(List<int> unknown, List<int> equations)
        {
            var parent = unknown.ToDictionary(l => l, l => l);
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            foreach (var c in equations)
            {
                var leaves = release.LeavesOf(c).Where(l => !_known[l]).ToList();
                foreach (var leaf in leaves.Skip(1))
                {
                    parent[Find(leaf)] = Find(leaves[0]);
                }
            }
            var equationsByRoot = equations.GroupBy(c => Find(release.LeavesOf(c).First(l => !_known[l])))
                .ToDictionary(g => g.Key, g => g.ToList());
            return unknown.GroupBy(Find).Select(g => (g.ToList(), equationsByRoot.GetValueOrDefault(g.Key) ?? []));
        }

        private List<List<int>> AuditBlock(List<int> leaves, List<int> equations)
        {
            var exposures = new List<List<int>>();
            var targetLeaves = leaves.Where(sensitive.Contains).ToList();
            var leafSet = leaves.ToHashSet();
            var targetCounts = Enumerable.Range(0, suppressed.Length)
                .Where(c => IsTarget(c) && release.LeavesOf(c).Any(leafSet.Contains))
                .ToList();
            if (targetLeaves.Count == 0 && targetCounts.Count == 0)
            {
                return exposures;
            }
            var movable = leaves.Where(l => release.Leaf(l) > 0).ToList();
            var column = movable.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
            var row = equations.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
            var solver = new NullSpace(equations.Count, movable.Count, (r, k) =>
                release.LeavesOf(equations[r]).Contains(movable[k]) ? 1 : 0);

            Vector<double> Incidence(int leaf)
            {
                var a = Vector<double>.Build.Dense(equations.Count);
                foreach (var c in _countsOfLeaf[leaf].Where(row.ContainsKey))
                {
                    a[row[c]] = 1;
                }
                return a;
            }

            Vector<double> Indicator(IEnumerable<int> leavesOfTarget)
            {
                var t = Vector<double>.Build.Dense(movable.Count);
                foreach (var leaf in leavesOfTarget.Where(column.ContainsKey))
                {
                    t[column[leaf]] = 1;
                }
                return t;
            }

            // The equations that give the target away, and those that hold its own cells in place: suppressing
            // one of the latter frees the target directly, often more cheaply than breaking a long chain.
            // Cells the equations hold that propagation already worked out were given away by other counts: those
            // are candidates too.
            List<int> Certificate(Vector<double> t, IEnumerable<int> targetLeaves)
            {
                var used = solver.Certificate(t).Select(r => equations[r]).ToList();
                var behind = used.SelectMany(c => release.LeavesOf(c)).Where(l => _known[l]).Distinct().SelectMany(Explain).Select(e => (e.Count, e.Depth + 2));
                var direct = targetLeaves.SelectMany(l => _countsOfLeaf[l]).Where(row.ContainsKey).Select(c => (c, 1));
                return Candidates(order, roles, used.Select(c => (c, 0)).Concat(direct).Concat(behind));
            }

            List<int> Blocking(int leaf) => Cheapest(order, _countsOfLeaf[leaf].Where(row.ContainsKey)).ToList();

            foreach (var leaf in targetLeaves)
            {
                if (release.Leaf(leaf) > 0)
                {
                    var t = Indicator([leaf]);
                    if (solver.IsDetermined(t))
                    {
                        exposures.Add(Certificate(t, [leaf]));
                    }
                }
                else if (!solver.CanRise(Incidence(leaf)))
                {
                    exposures.Add(Blocking(leaf));
                }
            }
            foreach (var count in targetCounts)
            {
                var t = Indicator(release.LeavesOf(count));
                if (!solver.IsDetermined(t))
                {
                    continue;
                }
                // A zero leaf of the count that can rise alone (positive leaves compensating) changes it,
                // unless the compensation cancels inside the count.
                var zeros = release.LeavesOf(count).Where(l => leafSet.Contains(l) && release.Leaf(l) == 0);
                if (zeros.Any(z => solver.CanRise(Incidence(z)) && Math.Abs(1 + t.DotProduct(solver.Compensation(Incidence(z)))) > Tolerance))
                {
                    continue;
                }
                var certificate = Certificate(t, release.LeavesOf(count));
                exposures.Add(certificate.Count > 0 ? certificate : Cheapest(order, zeros.SelectMany(Blocking)).ToList());
            }
            return exposures;
        }
    }

    /// <summary>
    /// The published equations of one block (rows, cheapest first) over its movable leaves (columns), reduced
    /// once by Gauss–Jordan elimination with partial pivoting: the reduced rows span the row space, and the row
    /// operations are kept, so a target in the row space also yields the equations that combine into it. The
    /// column space (for a zero leaf rising) uses the singular value decomposition, computed only when asked.
    /// </summary>
    private sealed class NullSpace
    {
        private readonly int _rows;
        private readonly int _columns;
        private readonly Func<int, int, double> _entry;
        private readonly List<double[]> _reduced = [];
        private readonly List<double[]> _combination = [];
        private readonly List<int> _pivots = [];
        private Svd<double>? _svd;
        private int _svdRank;

        public NullSpace(int rows, int columns, Func<int, int, double> entry)
        {
            (_rows, _columns, _entry) = (rows, columns, entry);
            var a = new double[rows][];
            var t = new double[rows][];
            for (var r = 0; r < rows; r++)
            {
                a[r] = new double[columns];
                t[r] = new double[rows];
                t[r][r] = 1;
                for (var k = 0; k < columns; k++)
                {
                    a[r][k] = entry(r, k);
                }
            }
            var next = 0;
            for (var k = 0; k < columns && next < rows; k++)
            {
                var best = -1;
                for (var r = next; r < rows; r++)
                {
                    if (Math.Abs(a[r][k]) > Tolerance && (best < 0 || Math.Abs(a[r][k]) > Math.Abs(a[best][k]) + Tolerance))
                    {
                        best = r;
                    }
                }
                if (best < 0)
                {
                    continue;
                }
                (a[next], a[best]) = (a[best], a[next]);
                (t[next], t[best]) = (t[best], t[next]);
                var scale = a[next][k];
                Scale(a[next], 1 / scale);
                Scale(t[next], 1 / scale);
                for (var r = 0; r < rows; r++)
                {
                    if (r != next && Math.Abs(a[r][k]) > Tolerance)
                    {
                        var factor = a[r][k];
                        Subtract(a[r], a[next], factor);
                        Subtract(t[r], t[next], factor);
                    }
                }
                _pivots.Add(k);
                next++;
            }
            for (var r = 0; r < _pivots.Count; r++)
            {
                _reduced.Add(a[r]);
                _combination.Add(t[r]);
            }
        }

        private static void Scale(double[] row, double factor)
        {
            for (var i = 0; i < row.Length; i++)
            {
                row[i] *= factor;
            }
        }

        private static void Subtract(double[] row, double[] pivot, double factor)
        {
            for (var i = 0; i < row.Length; i++)
            {
                row[i] -= factor * pivot[i];
            }
        }

        /// <summary>The weights of the reduced rows that make t, and what is left over (zero when t is in the row space).</summary>
        private (double[] Weights, double[] Remainder) Reduce(Vector<double> t)
        {
            var rest = t.ToArray();
            var weights = new double[_pivots.Count];
            for (var r = 0; r < _pivots.Count; r++)
            {
                weights[r] = rest[_pivots[r]];
                if (Math.Abs(weights[r]) > Tolerance)
                {
                    Subtract(rest, _reduced[r], weights[r]);
                }
            }
            return (weights, rest);
        }

        /// <summary>True when t·x is the same for every x the equations allow (t lies in their row space).</summary>
        public bool IsDetermined(Vector<double> t) => Reduce(t).Remainder.All(v => Math.Abs(v) < 1e-7);

        /// <summary>The equations (rows) with a non-zero weight in a combination Eᵀ·y = t: those that together give t away.</summary>
        public IEnumerable<int> Certificate(Vector<double> t)
        {
            var (weights, _) = Reduce(t);
            var y = new double[_rows];
            for (var r = 0; r < weights.Length; r++)
            {
                if (Math.Abs(weights[r]) > Tolerance)
                {
                    Subtract(y, _combination[r], -weights[r]);
                }
            }
            return Enumerable.Range(0, _rows).Where(r => Math.Abs(y[r]) > 1e-7);
        }

        private Svd<double>? Decomposition()
        {
            if (_svd is null && _rows > 0 && _columns > 0)
            {
                _svd = Matrix<double>.Build.Dense(_rows, _columns, _entry).Svd(computeVectors: true);
                var scale = Math.Max(1, _svd.S.Count > 0 ? _svd.S[0] : 0);
                _svdRank = _svd.S.Count(v => v > Tolerance * scale * Math.Max(_rows, _columns));
            }
            return _svd;
        }

        private static bool IsZero(Vector<double> v) => v.Count == 0 || v.AbsoluteMaximum() < Tolerance;

        /// <summary>True when a leaf with equation incidence a can rise by 1 while movable leaves compensate (a is in the column space).</summary>
        public bool CanRise(Vector<double> a)
        {
            if (IsZero(a))
            {
                return true;
            }
            if (Decomposition() is not { } svd)
            {
                return false;
            }
            var residual = a.Clone();
            for (var k = 0; k < _svdRank; k++)
            {
                var basis = svd.U.Column(k);
                residual -= basis * basis.DotProduct(a);
            }
            return residual.L2Norm() < Tolerance * Math.Max(1, a.L2Norm()) * 1e3;
        }

        /// <summary>The least-norm change d of the movable leaves with E·d = −a: what compensates a zero leaf rising by 1.</summary>
        public Vector<double> Compensation(Vector<double> a)
        {
            var d = Vector<double>.Build.Dense(_columns);
            if (Decomposition() is not { } svd)
            {
                return d;
            }
            for (var k = 0; k < _svdRank; k++)
            {
                d -= svd.VT.Row(k) * (svd.U.Column(k).DotProduct(a) / svd.S[k]);
            }
            return d;
        }
    }
}
