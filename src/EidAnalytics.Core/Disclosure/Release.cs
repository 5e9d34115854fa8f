namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// How much readers lose when a count is hidden, which decides the order in which counts are taken as
/// complementary suppressions: an organisation's breakdowns first, then regions' and types' breakdowns, then
/// an organisation's headline figure, and groups' headline totals and the nation's breakdowns last. A
/// council's women's share is what a comparison is for, and the national pipeline what a report is for; a
/// region's count of women at level 6 is worth less than either.
/// </summary>
public enum CountRole
{
    /// <summary>An organisation's breakdown (a level, leadership, the staff behind a declaration rate).</summary>
    Detail,

    /// <summary>A breakdown totalled over a region or a type (a region's women at level 6).</summary>
    TotalDetail,

    /// <summary>An organisation's headline figure, such as its women's share.</summary>
    Headline,

    /// <summary>A headline figure totalled over several organisations (the nation, a region, a type), or any national total.</summary>
    Total,
}

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
    private readonly List<long> _values = [];
    private readonly List<CountRole> _roles = [];
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
    /// <param name="role">
    /// What the count is to readers; complementary suppressions take details first and totals last. A count
    /// added twice keeps the more important role.
    /// </param>
    public int AddCount(IEnumerable<int> leaves, CountRole role = CountRole.Detail)
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
            _roles[existing] = (CountRole)Math.Max((int)_roles[existing], (int)role);
            return existing;
        }
        _counts.Add(set);
        _values.Add(set.Sum(l => _leaves[l]));
        _roles.Add(role);
        _byLeaves[key] = _counts.Count - 1;
        return _counts.Count - 1;
    }

    public int LeafCount => _leaves.Count;

    public int CountCount => _counts.Count;

    /// <summary>The true value of a count, before disclosure control.</summary>
    public long Value(int count) => _values[count];

    internal long Leaf(int leaf) => _leaves[leaf];

    internal IReadOnlyList<int> LeavesOf(int count) => _counts[count];

    internal CountRole Role(int count) => _roles[count];
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
