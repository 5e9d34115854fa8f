using BenchmarkDotNet.Attributes;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>
/// Every §6 metric of one organisation from its records, at the size of an average organisation in the
/// 1,000,000-row bench extract (2,500 rows): what an upload computes after validation.
/// </summary>
[MemoryDiagnoser]
public class MetricBenchmarks
{
    private ParsedExtract organisation = null!;

    [GlobalSetup]
    public void Setup() => organisation = MicroExtract.Parse(MicroExtract.Bytes(rows: 2_500, organisations: 1));

    [Benchmark(Description = "all metrics of one organisation (2,500 rows)")]
    public int ComputeOrganisation() => WorkforceMetrics
        .Compute(organisation.Records, organisation.Columns, BenchExtract.Snapshot, MetricOptions.Default)
        .Count;
}
