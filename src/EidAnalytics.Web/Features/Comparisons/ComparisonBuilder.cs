using System.Buffers.Binary;
using System.Security.Cryptography;
using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Statistics;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Turns a <see cref="ComparisonRequest"/> into a <see cref="Comparison"/>, reading figures only through <see cref="ComparisonData"/>.</summary>
public sealed class ComparisonBuilder(
    ComparisonData data, EidDbContext db, IMemoryCache cache, IOptions<MetricOptions> metricOptions, IOptions<ComparisonOptions> options)
{
    private static readonly MemoryCacheEntryOptions KeptRanks = new() { SlidingExpiration = TimeSpan.FromHours(1) };

    /// <summary>The comparison, or null when there is no release yet.</summary>
    public async Task<Comparison?> BuildAsync(ComparisonRequest request, CancellationToken cancellationToken)
    {
        var releases = await data.ReleasesAsync(cancellationToken);
        if (releases.Count == 0)
        {
            return null;
        }
        var snapshots = releases.Select(r => r.Snapshot).ToList();
        var metric = ComparableMetrics.Find(request.Metric) ?? ComparableMetrics.All[0];
        var release = releases.FirstOrDefault(r => r.Snapshot == request.Snapshot) ?? releases[^1];
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var k = Math.Clamp(request.K ?? options.Value.PeerGroupSize, 1, 100);
        var families = data.Families(organisations);
        var (setName, members, peers, subject) = Members(request.Set, request.Orgs ?? [], k, organisations, families);

        var figures = members.Select(o => release.Unit(o.Code, metric.Id)).ToList();
        var setTotal = PublishedProportion.Total(figures.OfType<PublishedProportion>().ToList());
        var benchmarks = await BenchmarksAsync(metric, release, setTotal, organisations, families, cancellationToken);
        var benchmark = benchmarks.FirstOrDefault(b => b.Key == request.Benchmark) ?? benchmarks[0];

        // Ranks are among the organisations whose shares are shown, from their published counts.
        var ranked = figures.Select((f, i) => (f, i)).Where(p => p.f is { Value: not null }).ToList();
        var intervals = RankIntervalsOf(ranked.Select(p => (Math.Min(p.f!.Count!.Value, p.f.Denominator), p.f.Denominator)).ToList());
        var rankOf = ranked.Select((p, j) => (p.i, intervals[j])).ToDictionary(p => p.i, p => p.Item2);
        var rows = members.Select((o, i) => new ComparisonRow(
            o, figures[i], figures[i]?.Compare(benchmark.Value), rankOf.TryGetValue(i, out var rank) ? rank : null,
            peers.FirstOrDefault(p => p.Organisation.Code == o.Code))).ToList();

        var band = metric.Family == ComparableMetrics.Representation && metric.Id != MetricIds.DeclarationRateGender
            ? new ReferenceBand(metricOptions.Value.BaselineLow, metricOptions.Value.BaselineHigh)
            : null;
        // The link to share and the downloads name what is shown, defaults included, so they keep showing it.
        var shown = request with { Metric = metric.Id, Set = request.Set ?? "all", Snapshot = release.Snapshot };
        return new Comparison(shown, metric, setName, release.Snapshot, snapshots, benchmark, benchmarks, rows, setTotal, subject, band,
            request.Target is > 0 and <= 1 ? request.Target.Value : options.Value.Target);
    }

    /// <summary>
    /// Simulated rank intervals, kept by the published pairs they are drawn from (the simulation is seeded, so the
    /// same pairs always give the same intervals): 2,000 simulations of 400 organisations is most of a national
    /// page's work, and the page is read far more often than a release changes.
    /// </summary>
    private IReadOnlyList<RankInterval> RankIntervalsOf(List<(long Count, long Denominator)> items)
    {
        var pairs = new byte[items.Count * 2 * sizeof(long)];
        for (var i = 0; i < items.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(pairs.AsSpan(i * 16), items[i].Count);
            BinaryPrimitives.WriteInt64LittleEndian(pairs.AsSpan((i * 16) + 8), items[i].Denominator);
        }
        var key = ("rank-intervals", Convert.ToHexString(SHA256.HashData(pairs)));
        return cache.GetOrCreate(key, _ => RankIntervals.Simulate(items), KeptRanks)!;
    }

    /// <summary>Each member's series over every snapshot, its trend marker and its trajectory to the target, from published counts.</summary>
    public async Task<IReadOnlyList<TrendRow>> TrendsAsync(Comparison comparison, CancellationToken cancellationToken)
    {
        var releases = await data.ReleasesAsync(cancellationToken);
        return comparison.Rows.Select(row =>
        {
            var series = releases.Select(r => r.Unit(row.Organisation.Code, comparison.Metric.Id)).ToList();
            var (trend, trajectory) = Trend(releases.Select(r => r.Snapshot).Zip(series).ToList(), comparison.Target);
            return new TrendRow(row.Organisation, series, trend, trajectory);
        }).ToList();
    }

    /// <summary>
    /// The trend marker and trajectory over the last five points with data; none when a point they need is not
    /// shown, so neither is derived from a withheld figure.
    /// </summary>
    public static (TrendResult? Trend, TrajectoryResult? Trajectory) Trend(IReadOnlyList<(DateOnly Snapshot, PublishedProportion? Figure)> points, double target)
    {
        var used = points.Where(p => p.Figure is not null).TakeLast(LinearTrend.Points).ToList();
        if (used.Count == 0 || used.Any(p => p.Figure!.Value is null))
        {
            return (null, null);
        }
        return (
            LinearTrend.Test(used.Select(p => new TrendPoint(Year(p.Snapshot), Math.Min(p.Figure!.Count!.Value, p.Figure.Denominator), p.Figure.Denominator)).ToList()),
            Trajectory.ToTarget(used.Select(p => (Year(p.Snapshot), p.Figure!.Value!.Value)).ToList(), target));
    }

    /// <summary>A snapshot date as a decimal year, so slopes are per year.</summary>
    public static double Year(DateOnly date) => date.Year + ((date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0));

    private static (string Name, List<OrganisationEntry> Members, IReadOnlyList<Peer> Peers, OrganisationEntry? Subject) Members(
        string? set, IReadOnlyList<string> basket, int k, IReadOnlyList<OrganisationEntry> organisations, IReadOnlyList<CouncilFamily> families)
    {
        var (kind, value) = set?.Split(':', 2) is [var a, var b] ? (a, b) : (set ?? "all", "");
        switch (kind)
        {
            case "type" when OrganisationTypes.IsKnown(value):
                return (OrganisationTypes.Plural(value), organisations.Where(o => o.Type == value).ToList(), [], null);
            case "region" when Regions.Find(value) is { } region:
                return ($"organisations in {region}", organisations.Where(o => o.Region == region).ToList(), [], null);
            case "family" when families.FirstOrDefault(f => f.Key == set) is { } family:
                return (family.Name, organisations.Where(o => family.Codes.Contains(o.Code)).ToList(), [], null);
            case "peers" when organisations.FirstOrDefault(o => o.Code == value) is { } subject:
                var peers = PeerGroups.Nearest(subject, organisations, k);
                return ($"{subject.Name} and its {peers.Count} nearest peers", [subject, .. peers.Select(p => p.Organisation)], peers, subject);
            case "basket":
                var chosen = organisations.Where(o => basket.Contains(o.Code)).ToList();
                return ($"a basket of {chosen.Count} organisations", chosen, [], null);
            default:
                return ("all organisations", organisations.ToList(), [], null);
        }
    }

    private async Task<List<BenchmarkChoice>> BenchmarksAsync(
        ComparableMetric metric, PublishedRelease release, PublishedProportion? setTotal, IReadOnlyList<OrganisationEntry> organisations,
        IReadOnlyList<CouncilFamily> families, CancellationToken cancellationToken)
    {
        var choices = new List<BenchmarkChoice> { new(ComparisonData.National, "National total", release.Group(ComparisonData.National, metric.Id)?.Value) };
        if (metric.Family == ComparableMetrics.Representation && metric.Id != MetricIds.DeclarationRateGender)
        {
            choices.Add(new("band-low", "Baseline band, lower end", metricOptions.Value.BaselineLow, "women are about 12–16% of council IT teams"));
            choices.Add(new("band-high", "Baseline band, upper end", metricOptions.Value.BaselineHigh, "women are about 12–16% of council IT teams"));
        }
        choices.Add(new("set", "This set's total", setTotal?.Value));
        foreach (var region in organisations.Select(o => o.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            choices.Add(new(ComparisonData.RegionKey(region), $"{region} total", release.Group(ComparisonData.RegionKey(region), metric.Id)?.Value));
        }
        foreach (var type in organisations.Select(o => o.Type).Distinct().Order(StringComparer.Ordinal))
        {
            choices.Add(new(ComparisonData.TypeKey(type), $"{OrganisationTypes.Plural(type)} total", release.Group(ComparisonData.TypeKey(type), metric.Id)?.Value));
        }
        choices.AddRange(families.Select(f => new BenchmarkChoice(f.Key, $"{f.Name} total", release.Group(f.Key, metric.Id)?.Value)));
        var entered = await db.Benchmarks.AsNoTracking().Where(b => b.MetricId == metric.Id).OrderBy(b => b.Name).ToListAsync(cancellationToken);
        choices.AddRange(entered.Select(b => new BenchmarkChoice($"user:{b.Id}", b.Name, b.Value, b.Source)));
        return choices;
    }
}
