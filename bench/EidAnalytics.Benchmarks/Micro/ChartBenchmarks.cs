using BenchmarkDotNet.Attributes;
using EidAnalytics.Core.Charts;
using EidAnalytics.Core.Comparisons;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>SVG rendering: the dashboard's chart by level and a comparison page's funnel plot of 400 councils.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private static readonly ReferenceBand Band = new(0.12, 0.16);
    private IntervalValue[] levels = [];
    private FunnelPoint[] councils = [];
    private FunnelLimits limits = null!;

    [GlobalSetup]
    public void Setup()
    {
        levels =
        [
            new("1 Trainee", 0.31, 0.24, 0.39), new("2 Practitioner", 0.22, 0.18, 0.27), new("3 Senior", 0.17, 0.12, 0.23),
            new("4 Lead", 0.12, 0.07, 0.20), new("5 Head of", 0.09, 0.03, 0.24), new("6 Director", null, Note: "[c]"),
        ];
        var random = new Random(7);
        councils = Enumerable.Range(0, 400)
            .Select(i => new FunnelPoint(BenchExtract.Code(i), 3 + random.Next(300), 0.05 + random.NextDouble() * 0.25))
            .ToArray();
        limits = FunnelCurves.Around(0.14, councils.Max(c => c.Denominator));
    }

    [Benchmark(Description = "share by level chart (6 levels)")]
    public int ShareByLevel() => ShareByLevelChart.Render("levels", "Women's share of IT staff by level", levels, Band).Length;

    [Benchmark(Description = "funnel plot of 400 councils")]
    public int Funnel() => FunnelPlot.Render(
        "funnel", "Women's share of IT staff", "Women's share", "Staff in the IT function", councils, 0.14, limits, band: Band).Length;
}
