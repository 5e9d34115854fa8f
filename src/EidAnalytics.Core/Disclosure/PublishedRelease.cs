using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Core.Disclosure;

/// <summary>
/// The one disclosure-control step (DESIGN §7): everything shown or downloaded outside an organisation, for one
/// snapshot, built by <see cref="Build"/> from the organisations' stored <see cref="DisclosureCells"/> and nothing
/// else. Every count is a published count from <see cref="CountProtection"/> (by default the cell key method), so
/// no count from 1 to the threshold − 1 is ever in it, and the same people give the same count wherever they
/// appear; shares are withheld below the minimum denominator. Pages, downloads and <c>eid publish</c> show parts
/// of a release and never compute figures of their own beyond sums of what it publishes.
/// </summary>
public sealed class PublishedRelease
{
    /// <summary>What a figure that is not shown reads, as in ONS and Fingertips tables.</summary>
    public const string NotShown = "[c]";

    /// <summary>The key of the group of every organisation.</summary>
    public const string National = "national";

    private PublishedRelease(DateOnly snapshot, IReadOnlyDictionary<string, PublishedArea> organisations, IReadOnlyDictionary<string, PublishedArea> groups) =>
        (Snapshot, Organisations, Groups) = (snapshot, organisations, groups);

    public DateOnly Snapshot { get; }

    /// <summary>By organisation code.</summary>
    public IReadOnlyDictionary<string, PublishedArea> Organisations { get; }

    /// <summary>By group key (<see cref="National"/>, <c>region:…</c>, <c>type:…</c>, <c>family:…</c>).</summary>
    public IReadOnlyDictionary<string, PublishedArea> Groups { get; }

    public static string RegionKey(string region) => "region:" + region;

    public static string TypeKey(string type) => "type:" + type;

    public static string FamilyKey(int number) => "family:" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Publishes one snapshot's figures: each organisation's, and each group's from the sum of its members' cells.</summary>
    public static PublishedRelease Build(
        DateOnly snapshot, IReadOnlyList<ReleaseUnit> units, IReadOnlyList<ReleaseGroup> groups, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(options);
        var protection = CountProtection.For(options);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var organisations = units.ToDictionary(u => u.Code, u => Publish(u.Code, u.DatasetSnapshot, u.Cells, protection, options, pooled: false), StringComparer.Ordinal);
        var published = new Dictionary<string, PublishedArea>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Codes.Where(byCode.ContainsKey).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var cells = new DisclosureCells();
            foreach (var code in members)
            {
                cells.AddAll(byCode[code].Cells);
            }
            published[group.Key] = Publish(group.Key, null, cells, protection, options, pooled: members.Count > 1);
        }
        return new PublishedRelease(snapshot, organisations, published);
    }

    /// <summary>A release read back from where it was stored.</summary>
    public static PublishedRelease FromAreas(DateOnly snapshot, IEnumerable<PublishedArea> organisations, IEnumerable<PublishedArea> groups) =>
        new(snapshot, organisations.ToDictionary(a => a.Key, StringComparer.Ordinal), groups.ToDictionary(a => a.Key, StringComparer.Ordinal));

    /// <summary>An organisation's figure, or null when it has no dataset in this release (not the same as not shown).</summary>
    public PublishedProportion? Unit(string code, string metricId) =>
        Organisations.TryGetValue(code, out var area) ? area.Metrics.GetValueOrDefault(metricId) : null;

    /// <summary>A group's total, or null when no member has a dataset in this release.</summary>
    public PublishedProportion? Group(string key, string metricId) =>
        Groups.TryGetValue(key, out var area) ? area.Metrics.GetValueOrDefault(metricId) : null;

    /// <summary>
    /// One area's figures. A <paramref name="pooled"/> total (two or more organisations) keeps its numerator where
    /// the share is withheld: the count is perturbed like every other, and pooling means it describes no one team.
    /// An organisation's numerator goes with its share (as DESIGN §9 shows), and so does that of a group with one
    /// member, which is that member.
    /// </summary>
    private static PublishedArea Publish(
        string key, DateOnly? datasetSnapshot, DisclosureCells cells, CountProtection protection, DisclosureOptions options, bool pooled)
    {
        var metrics = new Dictionary<string, PublishedProportion>(StringComparer.Ordinal);
        foreach (var metric in ComparableMetrics.All)
        {
            var (count, countKey) = cells.Sum(metric.NumeratorCells);
            var (denominator, denominatorKey) = cells.Sum(metric.DenominatorCells);
            var publishedDenominator = protection.Publish(denominator, denominatorKey);
            var published = protection.Publish(count, countKey);
            metrics[metric.Id] = publishedDenominator >= options.MinShareDenominator
                ? new PublishedProportion(published, publishedDenominator)
                : new PublishedProportion(pooled ? published : null, publishedDenominator, $"fewer than {options.MinShareDenominator} people", ShareWithheld: true);
        }
        return new PublishedArea(key, datasetSnapshot, metrics);
    }
}
