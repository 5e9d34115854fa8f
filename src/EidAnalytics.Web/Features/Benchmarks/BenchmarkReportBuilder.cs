using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;
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
        var releases = await data.ReleasesAsync(cancellationToken);
        var latest = releases.First(r => r.Snapshot == womenShare.Snapshot);
        return new BenchmarkReportModel(
            scope,
            womenShare,
            latest.Group(scope.GroupKey, MetricIds.WomenShare),
            latest.Group(ComparisonData.National, MetricIds.WomenShare),
            metricOptions.Value,
            Series(releases.Select(r => (r.Snapshot, r.Group(scope.GroupKey, MetricIds.WomenShare))).ToList(), comparisonOptions.Value.Target),
            PipelineIds.Select(id => (ComparableMetrics.Find(id)!, latest.Group(scope.GroupKey, id))).ToList(),
            RetentionIds.Select(id => (ComparableMetrics.Find(id)!, latest.Group(scope.GroupKey, id))).ToList(),
            disclosure.Value);
    }

    /// <summary>A group total's trend and trajectory; none when a point it needs is not shown.</summary>
    public static GroupSeries Series(IReadOnlyList<(DateOnly Snapshot, PublishedProportion? Figure)> points, double target)
    {
        var (trend, trajectory) = ComparisonBuilder.Trend(points, target);
        return new GroupSeries(points, trend, trajectory);
    }

    /// <summary>The report's underlying figures: every comparable metric for the group and each of its organisations, latest snapshot.</summary>
    public async Task<DownloadTable?> FiguresAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var releases = await data.ReleasesAsync(cancellationToken);
        if (releases.Count == 0)
        {
            return null;
        }
        var organisations = await data.OrganisationsAsync(cancellationToken);
        var members = organisations.Where(o => ReleaseGroups.Fixed(organisations, data.Families(organisations)).First(g => g.Key == scope.GroupKey).Codes.Contains(o.Code)).ToList();
        var latest = releases[^1];
        var rows = new List<FigureRow>();
        foreach (var metric in ComparableMetrics.All)
        {
            var national = latest.Group(ComparisonData.National, metric.Id)?.Value;
            var group = Series(releases.Select(r => (r.Snapshot, r.Group(scope.GroupKey, metric.Id))).ToList(), comparisonOptions.Value.Target);
            rows.Add(new FigureRow(metric, scope.GroupKey, $"Total: {scope.Name}", "Group", latest.Snapshot, latest.Group(scope.GroupKey, metric.Id),
                "National total", national, group.Trend, group.Trend is null));
            foreach (var organisation in members)
            {
                var series = Series(releases.Select(r => (r.Snapshot, r.Unit(organisation.Code, metric.Id))).ToList(), comparisonOptions.Value.Target);
                var figure = latest.Unit(organisation.Code, metric.Id);
                rows.Add(new FigureRow(metric, organisation.Code, organisation.Name, OrganisationTypes.Name(organisation.Type), latest.Snapshot, figure,
                    "National total", national, series.Trend, figure is not null && series.Trend is null));
            }
        }
        return FingertipsTable.Build(rows);
    }
}
