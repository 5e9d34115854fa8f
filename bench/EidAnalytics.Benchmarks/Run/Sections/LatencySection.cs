using System.Globalization;
using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>
/// b2. DESIGN §8: a 2,000-row file, received → loaded, on a warm idle service: the job server must
/// pick the job up at once (LISTEN/NOTIFY), not at its next poll. One unmeasured upload warms it;
/// each run is a different seed, since an identical file is a no-op; a second's pause between runs
/// lets every worker fall idle again.
/// </summary>
public static class LatencySection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var small = Path.Combine(bench.Work, "small.csv");
        bench.Memory.Phase = "latency";
        bench.RecordLoad("latency_load");
        var milliseconds = new List<string>();
        for (var i = 0; i <= 11; i++)
        {
            BenchExtract.Write(small, 2000, 1, 500 + i, BenchExtract.Snapshot);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"latency_{i}");
            await bench.IngestAsync(small, prefix, cancellationToken);
            if (i > 0)
            {
                milliseconds.Add(CNumberFormat.Fixed(AwkNumber.Parse(bench.Results[$"{prefix}_received_to_finished_s"]) * 1000, 0));
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        bench.Record("latency_ms", Median.Of(milliseconds));
        bench.Record("latency_runs_ms", string.Join(", ", milliseconds));
        File.Delete(small);
    }
}
