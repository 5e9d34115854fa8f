using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Statistics;
using EidAnalytics.Web.Features.Comparisons;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Builds benchmark reports and their downloads from <see cref="ComparisonData"/>'s protected releases only.</summary>
public sealed class BenchmarkReportBuilder(
    ComparisonData data, ComparisonBuilder comparisons, IOptions<MetricOptions> metricOptions,
    IOptions<ComparisonOptions> comparisonOptions, IOptions<DisclosureOptions> disclosure)
{
    private static readonly string[] PipelineIds =
    [
        .. MetricIds.WomenShareByLevel, MetricIds.WomenShareLeadership,
    ];

    private static readonly string[] RetentionIds = [MetricIds.StabilityIndexWomen, MetricIds.StabilityIndexMen, MetricIds.StabilityIndex];

    public async Task<BenchmarkReportModel?> BuildAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        // A region's or type's councils are compared with the national total; the nation's with itself.
        var womenShare = await comparisons.BuildAsync(new ComparisonRequest(MetricIds.WomenShare, scope.Set, Benchmark: ComparisonData.National), cancellationToken);
        if (womenShare is null || womenShare.Rows.Count == 0)
        {
            return null;
        }
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var latest = await data.PublishAsync(ComparableMetrics.Representation, womenShare.Snapshot, organisations, cancellationToken);
        var stability = await data.PublishAsync(ComparableMetrics.Stability, womenShare.Snapshot, organisations, cancellationToken);
        var points = new List<(DateOnly, PublishedProportion?)>();
        foreach (var snapshot in womenShare.Snapshots)
        {
            points.Add((snapshot, (await data.PublishAsync(ComparableMetrics.Representation, snapshot, organisations, cancellationToken)).Group(scope.GroupKey, MetricIds.WomenShare)));
        }
        return new BenchmarkReportModel(
            scope,
            womenShare,
            latest.Group(scope.GroupKey, MetricIds.WomenShare),
            latest.Group(ComparisonData.National, MetricIds.WomenShare),
            metricOptions.Value,
            Series(points, comparisonOptions.Value.Target),
            PipelineIds.Select(id => (ComparableMetrics.Find(id)!, latest.Group(scope.GroupKey, id))).ToList(),
            RetentionIds.Select(id => (ComparableMetrics.Find(id)!, stability.Group(scope.GroupKey, id))).ToList(),
            latest.PrimarySuppressions + stability.PrimarySuppressions,
            latest.SecondarySuppressions + stability.SecondarySuppressions,
            disclosure.Value.Threshold);
    }

    /// <summary>A group total's trend and trajectory; suppressed when a point it needs is.</summary>
    public static GroupSeries Series(IReadOnlyList<(DateOnly Snapshot, PublishedProportion? Figure)> points, double target)
    {
        var used = points.Where(p => p.Figure is not null).TakeLast(LinearTrend.Points).ToList();
        if (used.Any(p => p.Figure!.Value is null))
        {
            return new GroupSeries(points, null, null);
        }
        return new GroupSeries(
            points,
            LinearTrend.Test(used.Select(p => new TrendPoint(ComparisonBuilder.Year(p.Snapshot), p.Figure!.Count!.Value, p.Figure.Denominator!.Value)).ToList()),
            Trajectory.ToTarget(used.Select(p => (ComparisonBuilder.Year(p.Snapshot), p.Figure!.Value!.Value)).ToList(), target));
    }

    /// <summary>The report's underlying figures: every comparable metric for the group and each of its organisations, latest snapshot.</summary>
    public async Task<DownloadTable?> FiguresAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var snapshots = await data.SnapshotsAsync(cancellationToken);
        if (snapshots.Count == 0)
        {
            return null;
        }
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var members = organisations.Where(o => ComparisonData.Groups(organisations).First(g => g.Key == scope.GroupKey).Codes.Contains(o.Code)).ToList();
        var rows = new List<FigureRow>();
        foreach (var family in ComparableMetrics.All.Select(m => m.Family).Distinct())
        {
            var releases = new List<PublishedFamily>();
            foreach (var snapshot in snapshots)
            {
                releases.Add(await data.PublishAsync(family, snapshot, organisations, cancellationToken));
            }
            foreach (var metric in ComparableMetrics.InFamily(family))
            {
                var national = releases[^1].Group(ComparisonData.National, metric.Id)?.Value;
                var group = Series(snapshots.Zip(releases, (s, r) => (s, r.Group(scope.GroupKey, metric.Id))).ToList(), comparisonOptions.Value.Target);
                rows.Add(new FigureRow(metric, scope.GroupKey, $"Total: {scope.Name}", "Group", snapshots[^1], releases[^1].Group(scope.GroupKey, metric.Id),
                    "National total", national, group.Trend, group.Trend is null));
                foreach (var organisation in members)
                {
                    var series = Series(snapshots.Zip(releases, (s, r) => (s, r.Unit(organisation.Code, metric.Id))).ToList(), comparisonOptions.Value.Target);
                    var figure = releases[^1].Unit(organisation.Code, metric.Id);
                    rows.Add(new FigureRow(metric, organisation.Code, organisation.Name, OrganisationTypes.Name(organisation.Type), snapshots[^1], figure,
                        "National total", national, series.Trend, figure is not null && series.Trend is null));
                }
            }
        }
        return FingertipsTable.Build(rows);
    }
}
