using BenchmarkDotNet.Attributes;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>
/// Reading an extract, per row: the service's parse + validate into records (what an upload does), and the
/// analyser's lean path that validates and tallies without keeping records (what <c>eid analyse</c> does), in
/// one thread so the figure is per core.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const int Rows = 20_000;
    private byte[] extract = [];

    [GlobalSetup]
    public void Setup() => extract = MicroExtract.Bytes(Rows, organisations: 8);

    [Benchmark(OperationsPerInvoke = Rows, Description = "parse + validate into records, per row")]
    public int ParseAndValidate() => MicroExtract.Parse(extract).Records.Count;

    [Benchmark(OperationsPerInvoke = Rows, Description = "validate + tally (analyse), per row")]
    public int ValidateAndTally() => ExtractAnalysis
        .Analyse(() => new MemoryStream(extract, writable: false), new ExtractReadOptions { Today = SnapshotDates.TodayInUk(DateTimeOffset.UtcNow) }, MetricOptions.Default, maxParts: 1)
        .Organisations.Count;
}
