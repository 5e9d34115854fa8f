using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Statistics;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Turns a <see cref="ComparisonRequest"/> into a <see cref="Comparison"/>, reading figures only through <see cref="ComparisonData"/>.</summary>
public sealed class ComparisonBuilder(
    ComparisonData data, EidDbContext db, IOptions<MetricOptions> metricOptions, IOptions<ComparisonOptions> options)
{
    /// <summary>The comparison, or null when there is no data at all yet.</summary>
    public async Task<Comparison?> BuildAsync(ComparisonRequest request, CancellationToken cancellationToken)
    {
        var snapshots = await data.SnapshotsAsync(cancellationToken);
        if (snapshots.Count == 0)
        {
            return null;
        }
        var metric = ComparableMetrics.Find(request.Metric) ?? ComparableMetrics.All[0];
        var snapshot = request.Snapshot is { } asked && snapshots.Contains(asked) ? asked : snapshots[^1];
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var family = await data.PublishAsync(metric.Family, snapshot, organisations, cancellationToken);
        var k = Math.Clamp(request.K ?? options.Value.PeerGroupSize, 1, 100);
        var (setName, members, peers, subject) = Members(request.Set, request.Orgs ?? [], k, organisations);

        var figures = members.Select(o => family.Unit(o.Code, metric.Id)).ToList();
        var setTotal = PublishedProportion.Total(figures.Where(f => f is not null).ToList()!);
        var benchmarks = await BenchmarksAsync(metric, family, setTotal, organisations, cancellationToken);
        var benchmark = benchmarks.FirstOrDefault(b => b.Key == request.Benchmark) ?? benchmarks[0];

        // Ranks are among the organisations whose figures are published: a rank derived from a suppressed
        // figure would be a figure derived from a suppressed count.
        var ranked = figures.Select((f, i) => (f, i)).Where(p => p.f is { Value: not null, Denominator: > 0 }).ToList();
        var intervals = RankIntervals.Simulate(ranked.Select(p => (p.f!.Count!.Value, p.f.Denominator!.Value)).ToList());
        var rankOf = ranked.Select((p, j) => (p.i, intervals[j])).ToDictionary(p => p.i, p => p.Item2);
        var rows = members.Select((o, i) => new ComparisonRow(
            o, figures[i], figures[i]?.Compare(benchmark.Value), rankOf.TryGetValue(i, out var rank) ? rank : null,
            peers.FirstOrDefault(p => p.Organisation.Code == o.Code))).ToList();

        var band = metric.Family == ComparableMetrics.Representation && metric.Id != MetricIds.DeclarationRateGender
            ? new ReferenceBand(metricOptions.Value.BaselineLow, metricOptions.Value.BaselineHigh)
            : null;
        return new Comparison(request, metric, setName, snapshot, snapshots, benchmark, benchmarks, rows, setTotal, subject, band,
            request.Target is > 0 and <= 1 ? request.Target.Value : options.Value.Target);
    }

    /// <summary>Each member's series over every snapshot, its trend marker and its trajectory to the target.</summary>
    public async Task<IReadOnlyList<TrendRow>> TrendsAsync(Comparison comparison, CancellationToken cancellationToken)
    {
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var families = new List<PublishedFamily>();
        foreach (var snapshot in comparison.Snapshots)
        {
            families.Add(await data.PublishAsync(comparison.Metric.Family, snapshot, organisations, cancellationToken));
        }
        return comparison.Rows.Select(row =>
        {
            var series = families.Select(f => f.Unit(row.Organisation.Code, comparison.Metric.Id)).ToList();
            var points = comparison.Snapshots.Zip(series).Where(p => p.Second is not null).TakeLast(LinearTrend.Points).ToList();
            // Trend and trajectory are derived from every point they use: one suppressed point suppresses both.
            if (points.Any(p => p.Second!.IsSuppressed || p.Second.Denominator == 0))
            {
                return new TrendRow(row.Organisation, series, null, null);
            }
            var trend = LinearTrend.Test(points.Select(p => new TrendPoint(Year(p.First), p.Second!.Count!.Value, p.Second.Denominator!.Value)).ToList());
            var trajectory = Trajectory.ToTarget(points.Select(p => (Year(p.First), p.Second!.Value!.Value)).ToList(), comparison.Target);
            return new TrendRow(row.Organisation, series, trend, trajectory);
        }).ToList();
    }

    /// <summary>A snapshot date as a decimal year, so slopes are per year.</summary>
    public static double Year(DateOnly date) => date.Year + ((date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0));

    private static (string Name, List<OrganisationEntry> Members, IReadOnlyList<Peer> Peers, OrganisationEntry? Subject) Members(
        string? set, IReadOnlyList<string> basket, int k, IReadOnlyList<OrganisationEntry> organisations)
    {
        var (kind, value) = set?.Split(':', 2) is [var a, var b] ? (a, b) : (set ?? "all", "");
        switch (kind)
        {
            case "type" when OrganisationTypes.IsKnown(value):
                return (OrganisationTypes.Plural(value), organisations.Where(o => o.Type == value).ToList(), [], null);
            case "region" when Regions.Find(value) is { } region:
                return ($"organisations in {region}", organisations.Where(o => o.Region == region).ToList(), [], null);
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
        ComparableMetric metric, PublishedFamily family, PublishedProportion setTotal, IReadOnlyList<OrganisationEntry> organisations,
        CancellationToken cancellationToken)
    {
        var choices = new List<BenchmarkChoice> { new(ComparisonData.National, "National total", family.Group(ComparisonData.National, metric.Id)?.Value) };
        if (metric.Family == ComparableMetrics.Representation && metric.Id != MetricIds.DeclarationRateGender)
        {
            choices.Add(new("band-low", "Baseline band, lower end", metricOptions.Value.BaselineLow, "DESIGN §1: women are 12–16% of IT functions"));
            choices.Add(new("band-high", "Baseline band, upper end", metricOptions.Value.BaselineHigh, "DESIGN §1: women are 12–16% of IT functions"));
        }
        choices.Add(new("set", "This set's total", setTotal.Value));
        foreach (var region in organisations.Select(o => o.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            choices.Add(new(ComparisonData.RegionKey(region), $"{region} total", family.Group(ComparisonData.RegionKey(region), metric.Id)?.Value));
        }
        foreach (var type in organisations.Select(o => o.Type).Distinct().Order(StringComparer.Ordinal))
        {
            choices.Add(new(ComparisonData.TypeKey(type), $"{OrganisationTypes.Plural(type)} total", family.Group(ComparisonData.TypeKey(type), metric.Id)?.Value));
        }
        var entered = await db.Benchmarks.AsNoTracking().Where(b => b.MetricId == metric.Id).OrderBy(b => b.Name).ToListAsync(cancellationToken);
        choices.AddRange(entered.Select(b => new BenchmarkChoice($"user:{b.Id}", b.Name, b.Value, b.Source)));
        return choices;
    }
}
