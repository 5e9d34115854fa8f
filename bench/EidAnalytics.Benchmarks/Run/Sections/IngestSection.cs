using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>
/// b. Ingest vs <c>psql \copy</c>. An upload is for one organisation, so the 1M rows are one
/// organisation's (a whole-council HR extract of a large employer); each run is a different seed,
/// since an identical file is a no-op.
/// </summary>
public static class IngestSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var runs = bench.Settings.IngestRuns;
        var single = Path.Combine(bench.Work, "single.csv");
        bench.Memory.Phase = "ingest";
        // The service runs for months: one unmeasured upload of the same size first, so the runs time a
        // warm service (code compiled by the JIT's later tiers, the heap grown to hold a million records;
        // the first such upload takes twice as long) where \copy's psql has no such start-up.
        BenchExtract.Write(single, 1_000_000, 1, 99, BenchExtract.Snapshot);
        await bench.IngestAsync(single, null, cancellationToken);
        bench.RecordLoad("ingest_load");
        var clients = new List<string>();
        for (var i = 1; i <= runs; i++)
        {
            Say.Line($"b. ingest run {i} of {runs}: 1,000,000 rows through POST /api/extracts");
            BenchExtract.Write(single, 1_000_000, 1, i, BenchExtract.Snapshot);
            await bench.Database.SettleAsync(cancellationToken);
            await bench.IngestAsync(single, $"ingest_{i}", cancellationToken);
            bench.Timed.AddWall("ingest", bench.Results[$"ingest_{i}_received_to_finished_s"]);
            clients.Add(bench.Results[$"ingest_{i}_total_s"]);
            Say.Line($"b. \\copy run {i} of {runs}");
            await bench.Database.ExecuteAsync(CopyTable.Create(), cancellationToken);
            await bench.Database.SettleAsync(cancellationToken);
            await bench.Timed.TimeAsync("copy", bench.Psql("-c", CopyTable.Copy(single)), cancellationToken);
        }
        bench.Record("ingest_wall_s", Median.Of(bench.Timed.Walls("ingest")));
        bench.Record("ingest_client_s", Median.Of(clients));
        bench.Record("ingest_runs", string.Join(", ", bench.Timed.Walls("ingest")));
        bench.Timed.Summarise("copy");
        bench.Record("ingest_peak", bench.Memory.Peak("ingest"));
        await bench.Database.ExecuteAsync($"drop table {CopyTable.Name}", cancellationToken);
        File.Delete(single);
    }
}
