using BenchmarkDotNet.Attributes;
using EidAnalytics.Charts;
using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>
/// Every chart from its model to finished SVG through ScottPlot, warm (§8: ≤ 10 ms each): the dashboard's
/// charts at their real sizes, and a national comparison's funnel plot and dot plot of 400 councils.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private static readonly ReferenceBand Band = new(0.12, 0.16);
    private IntervalValue[] levels = [];
    private IntervalValue[] ratios = [];
    private PayQuartileShare[] quartiles = [];
    private FunnelPoint[] councils = [];
    private IntervalValue[] ranked = [];
    private FunnelLimits limits = null!;
    private AxisTick[] snapshots = [];
    private SeriesPoint[] trend = [];

    [GlobalSetup]
    public void Setup()
    {
        levels =
        [
            new("1 Trainee", 0.31, 0.24, 0.39), new("2 Junior", 0.22, 0.18, 0.27), new("3 Practitioner", 0.17, 0.12, 0.23),
            new("4 Senior", 0.12, 0.07, 0.20), new("5 Lead/principal", 0.09, 0.03, 0.24), new("6 Head/director", null, Note: "no one at this level"),
        ];
        ratios =
        [
            new("2 Junior", 0.71, 0.5, 1.0), new("3 Practitioner", 0.77, 0.5, 1.2), new("4 Senior", 0.7, 0.4, 1.3),
            new("5 Lead/principal", 0.75, 0.3, 1.9), new("6 Head/director", null, Note: "no women at this level"),
        ];
        quartiles = [new("Lower quartile", 0.31), new("Lower middle quartile", 0.22), new("Upper middle quartile", 0.16), new("Upper quartile", 0.11)];
        var random = new Random(7);
        councils = Enumerable.Range(0, 400)
            .Select(i => new FunnelPoint(BenchExtract.Code(i), 3 + random.Next(300), 0.05 + (random.NextDouble() * 0.25), Highlighted: i == 17))
            .ToArray();
        ranked = councils.Select(c => new IntervalValue(c.Label, c.Value, c.Value - 0.04, c.Value + 0.05, Highlighted: c.Highlighted)).ToArray();
        limits = FunnelCurves.Around(0.14, councils.Max(c => c.Denominator));
        snapshots = Enumerable.Range(2021, 5).Select(year => new AxisTick(year + 0.25, $"Mar {year}")).ToArray();
        trend = snapshots.Select((s, i) => new SeriesPoint(s.Value, 0.12 + (0.01 * i), 0.08 + (0.01 * i), 0.17 + (0.01 * i))).ToArray();
    }

    [Benchmark(Description = "share by level (6 levels)")]
    public int ShareByLevel() => ChartSvg.Render(ShareByLevelChart.Create("levels", "Women's share by level", levels, Band)).Length;

    [Benchmark(Description = "pipeline ratios (5 levels, log scale)")]
    public int Pipeline() => ChartSvg.Render(PipelineRatioChart.Create("pipeline", "Pipeline ratio by level", ratios)).Length;

    [Benchmark(Description = "pay quartiles")]
    public int PayQuartiles() => ChartSvg.Render(PayQuartileChart.Create("quartiles", "Women and men in each pay quartile", quartiles)).Length;

    [Benchmark(Description = "trend (5 snapshots)")]
    public int Trend() => ChartSvg.Render(LineBandChart.Create(
        "trend", "Women's share at each snapshot", "women's share", snapshots, [new LineSeries("IT function", trend)], band: Band)).Length;

    [Benchmark(Description = "funnel plot of 400 councils")]
    public int Funnel() => ChartSvg.Render(FunnelPlot.Create(
        "funnel", "Women's share of IT staff", "Women's share", "Staff in the IT function", councils, 0.14, limits, band: Band)).Length;

    [Benchmark(Description = "ranked dot plot of 400 councils")]
    public int DotPlot() => ChartSvg.Render(RankedDotPlot.Create("ranking", "Women's share, ranked", "women's share", ranked, band: Band)).Length;
}
