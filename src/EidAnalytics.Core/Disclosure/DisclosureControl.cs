using MathNet.Numerics.LinearAlgebra;

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
/// <para><b>What must not be recoverable.</b> Every sensitive leaf and every suppressed count above zero.
/// A zero is shown as <c>[c]</c> but is not protected by further suppression: learning that nobody is in a
/// cell (often a structural zero, such as a level a small team does not have) discloses nothing about a
/// person, and protecting every zero would blank most of a table — ONS practice likewise treats zeros as
/// non-disclosive unless they reveal an attribute of a whole group, which the sensitive leaves already cover.</para>
/// <para><b>Secondary suppression.</b> No such target may be <em>determined</em> by
/// what is published: its value must not be the same in every table of non-negative whole numbers that agrees
/// with every published count. The audit has two parts. (1) Propagation, as a person with a spreadsheet would
/// do it: a published count with one unknown leaf gives that leaf; one whose unknown leaves must sum to 0
/// gives them all (counts are never negative). (2) Linear algebra on what stays unknown: leaves that are
/// positive may move, and a target is undetermined when some direction in the null space of the published
/// equations changes it (Gaussian elimination via the singular value decomposition). A zero leaf is held
/// fixed, as an attacker might know it, except as a target, where it must be able to rise while positive
/// leaves compensate. While anything is determined, one more published count is suppressed for each exposed
/// target: the cheapest count among the equations that expose it (counts of one organisation before totals,
/// then the smallest value), so complements stay small and local, as in the ONS cell-suppression practice.
/// Every round suppresses at least one count, so the loop ends; suppressing everything is always safe.</para>
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

        // Each round suppresses at least one more count, so there are at most as many rounds as counts.
        for (var round = 0; round <= suppressed.Length; round++)
        {
            var exposures = new Audit(release, suppressed, sensitive).Exposures();
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
                var pick = candidates.FirstOrDefault(c => !suppressed[c], -1);
                if (pick >= 0)
                {
                    chosen.Add(pick);
                }
            }
            if (chosen.Count == 0)
            {
                // No equation was named (cannot happen with a consistent audit); suppress the cheapest
                // published count so that the loop still progresses.
                chosen.Add(Cheapest(release, Enumerable.Range(0, suppressed.Length).Where(c => !suppressed[c])).First());
            }
            foreach (var count in chosen)
            {
                suppressed[count] = true;
            }
        }
        throw new InvalidOperationException("Secondary suppression did not settle; this is a bug.");
    }

    /// <summary>Complement preference: one organisation's counts before totals, smaller values first, then by index.</summary>
    private static IEnumerable<int> Cheapest(Release release, IEnumerable<int> counts) =>
        counts.Distinct().OrderBy(c => release.IsTotal(c)).ThenBy(release.Value).ThenBy(c => c);

    /// <summary>One audit of a suppression pattern: which targets are determined, and by which published counts.</summary>
    private sealed class Audit(Release release, bool[] suppressed, HashSet<int> sensitive)
    {
        private readonly bool[] _known = new bool[release.LeafCount];
        private readonly int[] _reason = Enumerable.Repeat(-1, release.LeafCount).ToArray();
        private readonly List<int>[] _countsOfLeaf = CountsOfLeaves(release);

        /// <summary>For each determined target, the published counts that could be suppressed to hide it, cheapest first.</summary>
        public List<List<int>> Exposures()
        {
            Propagate();
            var exposures = new List<List<int>>();
            foreach (var leaf in sensitive.Order().Where(l => _known[l]))
            {
                exposures.Add(Cheapest(release, Explain(leaf)).ToList());
            }
            for (var c = 0; c < suppressed.Length; c++)
            {
                if (IsTarget(c) && release.LeavesOf(c).All(l => _known[l]))
                {
                    exposures.Add(Cheapest(release, release.LeavesOf(c).SelectMany(Explain)).ToList());
                }
            }
            exposures.AddRange(Algebra());
            return exposures;
        }

        /// <summary>A suppressed count above zero must stay hidden; a suppressed zero need not (see the class remarks).</summary>
        private bool IsTarget(int count) => suppressed[count] && release.Value(count) > 0;

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

        /// <summary>The published counts that worked a known leaf out: the one that gave it and those that gave its other leaves.</summary>
        private IEnumerable<int> Explain(int leaf)
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
                yield return item.Count;
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

            List<int> Certificate(Vector<double> t) =>
                Cheapest(release, solver.Certificate(t).Select(r => equations[r])).ToList();

            List<int> Blocking(int leaf) => Cheapest(release, _countsOfLeaf[leaf].Where(row.ContainsKey)).ToList();

            foreach (var leaf in targetLeaves)
            {
                if (release.Leaf(leaf) > 0)
                {
                    var t = Indicator([leaf]);
                    if (solver.IsDetermined(t))
                    {
                        exposures.Add(Certificate(t));
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
                var certificate = Certificate(t);
                exposures.Add(certificate.Count > 0 ? certificate : Cheapest(release, zeros.SelectMany(Blocking)).ToList());
            }
            return exposures;
        }
    }

    /// <summary>
    /// The published equations of one block (rows) over its movable leaves (columns), decomposed once by the
    /// singular value decomposition E = U·S·Vᵀ: the null space is spanned by the rows of Vᵀ past the rank, the
    /// column space by the first columns of U.
    /// </summary>
    private sealed class NullSpace
    {
        private readonly int _rank;
        private readonly Matrix<double>? _u;
        private readonly Vector<double>? _s;
        private readonly Matrix<double>? _vt;
        private readonly int _columns;

        public NullSpace(int rows, int columns, Func<int, int, double> entry)
        {
            _columns = columns;
            if (rows == 0 || columns == 0)
            {
                return;
            }
            var matrix = Matrix<double>.Build.Dense(rows, columns, entry);
            var svd = matrix.Svd(computeVectors: true);
            _s = svd.S;
            _u = svd.U;
            _vt = svd.VT;
            var scale = Math.Max(1, _s.Count > 0 ? _s[0] : 0);
            _rank = _s.Count(v => v > Tolerance * scale * Math.Max(rows, columns));
        }

        private static bool IsZero(Vector<double> v) => v.Count == 0 || v.AbsoluteMaximum() < Tolerance;

        /// <summary>True when t·x is the same for every x the equations allow (t lies in their row space).</summary>
        public bool IsDetermined(Vector<double> t)
        {
            if (_vt is null)
            {
                // No equations over movable leaves: anything touching one may move.
                return IsZero(t);
            }
            for (var k = _rank; k < _columns; k++)
            {
                if (Math.Abs(_vt.Row(k).DotProduct(t)) > Tolerance)
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>True when a leaf with equation incidence a can rise by 1 while movable leaves compensate (a is in the column space).</summary>
        public bool CanRise(Vector<double> a)
        {
            if (IsZero(a))
            {
                return true;
            }
            if (_u is null)
            {
                return false;
            }
            var residual = a.Clone();
            for (var k = 0; k < _rank; k++)
            {
                var basis = _u.Column(k);
                residual -= basis * basis.DotProduct(a);
            }
            return residual.L2Norm() < Tolerance * Math.Max(1, a.L2Norm()) * 1e3;
        }

        /// <summary>The least-norm change d of the movable leaves with E·d = −a: what compensates a zero leaf rising by 1.</summary>
        public Vector<double> Compensation(Vector<double> a)
        {
            var d = Vector<double>.Build.Dense(_columns);
            if (_u is null)
            {
                return d;
            }
            for (var k = 0; k < _rank; k++)
            {
                d -= _vt!.Row(k) * (_u.Column(k).DotProduct(a) / _s![k]);
            }
            return d;
        }

        /// <summary>The equations (rows) with a non-zero weight in the least-norm y solving Eᵀ·y = t: those that together give t away.</summary>
        public IEnumerable<int> Certificate(Vector<double> t)
        {
            if (_u is null)
            {
                return [];
            }
            var y = Vector<double>.Build.Dense(_u.RowCount);
            for (var k = 0; k < _rank; k++)
            {
                y += _u.Column(k) * (_vt!.Row(k).DotProduct(t) / _s![k]);
            }
            return Enumerable.Range(0, y.Count).Where(r => Math.Abs(y[r]) > 1e-7);
        }
    }
}
