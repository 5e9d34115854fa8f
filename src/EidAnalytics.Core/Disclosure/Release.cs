namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// Everything one release publishes, as a linear model for disclosure control. A <em>leaf</em> is a cell of the
/// underlying table that is never published by itself (e.g. the women at level 4 of one council, or everyone
/// else at that level); a <em>count</em> is a published number, always a sum of leaves (a council's women at
/// level 4; the region's total of them). Every page, API answer and download built from one release shows a
/// subset of its counts, so protecting the release protects all of them together. Two counts over the same
/// leaves are the same number and become one count.
/// </summary>
public sealed class Release
{
    private readonly List<long> _leaves = [];
    private readonly List<int[]> _counts = [];
    private readonly List<bool> _isTotal = [];
    private readonly Dictionary<string, int> _byLeaves = new(StringComparer.Ordinal);

    /// <summary>Adds a cell of the underlying table, a non-negative whole number, and returns its index.</summary>
    public int AddLeaf(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _leaves.Add(value);
        return _leaves.Count - 1;
    }

    /// <summary>
    /// Adds a published count, the sum of <paramref name="leaves"/>, and returns its index (an existing count's
    /// when the same leaves were added before).
    /// </summary>
    /// <param name="leaves">Indices from <see cref="AddLeaf"/>; at least one.</param>
    /// <param name="isTotal">
    /// True for a total over several organisations. Totals are the last choice as complementary suppressions:
    /// a national or regional figure is worth more to readers than one more council's cell.
    /// </param>
    public int AddCount(IEnumerable<int> leaves, bool isTotal = false)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var set = leaves.Distinct().Order().ToArray();
        if (set.Length == 0 || set[0] < 0 || set[^1] >= _leaves.Count)
        {
            throw new ArgumentException("A count needs one or more leaves of this release.", nameof(leaves));
        }
        var key = string.Join(',', set);
        if (_byLeaves.TryGetValue(key, out var existing))
        {
            _isTotal[existing] &= isTotal;
            return existing;
        }
        _counts.Add(set);
        _isTotal.Add(isTotal);
        _byLeaves[key] = _counts.Count - 1;
        return _counts.Count - 1;
    }

    public int LeafCount => _leaves.Count;

    public int CountCount => _counts.Count;

    /// <summary>The true value of a count, before disclosure control.</summary>
    public long Value(int count)
    {
        var sum = 0L;
        foreach (var leaf in _counts[count])
        {
            sum += _leaves[leaf];
        }
        return sum;
    }

    internal long Leaf(int leaf) => _leaves[leaf];

    internal IReadOnlyList<int> LeavesOf(int count) => _counts[count];

    internal bool IsTotal(int count) => _isTotal[count];
}

/// <summary>A release after disclosure control: a suppressed count reads as null and is shown as <see cref="DisclosureControl.Suppressed"/>.</summary>
public sealed class ProtectedRelease
{
    private readonly Release _release;
    private readonly bool[] _suppressed;

    internal ProtectedRelease(Release release, bool[] suppressed, int primary)
    {
        _release = release;
        _suppressed = suppressed;
        PrimarySuppressions = primary;
    }

    /// <summary>The count's value, or null when it may not be published.</summary>
    public long? Count(int count) => _suppressed[count] ? null : _release.Value(count);

    public bool IsSuppressed(int count) => _suppressed[count];

    /// <summary>Counts suppressed because they are below the threshold.</summary>
    public int PrimarySuppressions { get; }

    /// <summary>Counts suppressed so that the primary ones cannot be worked out (complementary suppressions).</summary>
    public int SecondarySuppressions => _suppressed.Count(s => s) - PrimarySuppressions;
}
