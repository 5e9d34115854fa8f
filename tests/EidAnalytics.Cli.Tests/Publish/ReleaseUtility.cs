using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Statistics;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>
/// What a release publishes of what researchers and policy teams came for (issue 17's utility figures). Accuracy is
/// measured on councils with 100 or more staff of recorded gender: their headline shares, every share of 100 or more
/// people, and (reported, not promised) every share they show, level shares of 20–99 people included.
/// </summary>
internal sealed record ReleaseUtility(
    int HeadlineEligible, int HeadlineShown, int GroupCounts, int GroupCountsPublished,
    int LargeShares, int Within3Points, int LargeHeadlines, int HeadlineWithin3Points, int AllShares, int AllWithin3Points, int FivePointCouncils, int Trends)
{
    private static readonly string[] GroupMetrics = [.. MetricIds.WomenShareByLevel, MetricIds.WomenShareLeadership, MetricIds.WomenShare];

    public static ReleaseUtility Measure(ReleaseData samples, DisclosureOptions options)
    {
        var releases = samples.Releases(options);
        var units = releases.ToDictionary(r => r.Snapshot, r => samples.Units(r.Snapshot).ToDictionary(u => u.Code));
        var codes = units.Values.SelectMany(u => u.Keys).Distinct().ToList();

        // Councils with 20 or more staff of recorded gender in every snapshot, and of them those shown in every one.
        var eligible = codes.Where(c => releases.All(r => units[r.Snapshot].TryGetValue(c, out var u) && ReleaseAttacks.Truth(u, MetricIds.WomenShare).Den >= 20)).ToList();
        var shown = eligible.Count(c => releases.All(r => r.Unit(c, MetricIds.WomenShare)?.Value is not null));

        // Every pooled group total (two or more members) publishes its counts for every level, leadership and the headline.
        var groupFigures = releases.SelectMany(r => ReleaseGroups.Fixed(samples.Organisations)
            .Where(g => g.Codes.Count(units[r.Snapshot].ContainsKey) > 1)
            .SelectMany(g => GroupMetrics.Select(m => r.Group(g.Key, m)))).ToList();

        var (large, within, largeHeadlines, headlinesWithin, all, allWithin) = (0, 0, 0, 0, 0, 0);
        foreach (var release in releases)
        {
            foreach (var (code, unit) in units[release.Snapshot].Where(u => ReleaseAttacks.Truth(u.Value, MetricIds.WomenShare).Den >= 100))
            {
                foreach (var metric in ComparableMetrics.All)
                {
                    var (num, den) = ReleaseAttacks.Truth(unit, metric.Id);
                    if (release.Unit(code, metric.Id)?.Value is not { } value || den == 0)
                    {
                        continue;
                    }
                    var close = Math.Abs(value - ((double)num / den)) <= 0.03;
                    (all, allWithin) = (all + 1, allWithin + (close ? 1 : 0));
                    if (den >= 100)
                    {
                        (large, within) = (large + 1, within + (close ? 1 : 0));
                    }
                    if (metric.Id == MetricIds.WomenShare)
                    {
                        (largeHeadlines, headlinesWithin) = (largeHeadlines + 1, headlinesWithin + (close ? 1 : 0));
                    }
                }
            }
        }

        var fivePoint = codes.Where(c => releases.Count(r => r.Unit(c, MetricIds.WomenShare)?.Value is not null) >= LinearTrend.Points).ToList();
        var trends = fivePoint.Count(c =>
        {
            var points = releases.Select(r => (r.Snapshot, Figure: r.Unit(c, MetricIds.WomenShare)!)).TakeLast(LinearTrend.Points).ToList();
            var trend = LinearTrend.Test([.. points.Select(p => new TrendPoint(p.Snapshot.Year, Math.Min(p.Figure.Count!.Value, p.Figure.Denominator), p.Figure.Denominator))]);
            var trajectory = Trajectory.ToTarget([.. points.Select(p => ((double)p.Snapshot.Year, p.Figure.Value!.Value))], 0.30);
            return trend.Direction != TrendDirection.CannotBeCalculated && trajectory is not null;
        });
        return new ReleaseUtility(eligible.Count, shown, groupFigures.Count, groupFigures.Count(f => f?.Count is not null),
            large, within, largeHeadlines, headlinesWithin, all, allWithin, fivePoint.Count, trends);
    }
}
