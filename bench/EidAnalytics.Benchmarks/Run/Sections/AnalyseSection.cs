namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>a. <c>eid-cli analyse</c> vs DuckDB vs a CsvHelper scan (the floor) on a 1,000,000-row extract of 400 organisations.</summary>
public static class AnalyseSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var runs = bench.Settings.Runs;
        var extract = Path.Combine(bench.Work, "extract.csv");
        Say.Line($"a. generating the 1,000,000-row extract of {BenchSettings.Organisations} organisations");
        BenchExtract.Write(extract, 1_000_000, BenchSettings.Organisations, 20250331, BenchExtract.Snapshot);
        var usage = await ChildProcess.OutputAsync(["du", "-m", extract], cancellationToken);
        bench.Record("extract_mb", usage.Split('\t')[0]);
        bench.RecordLoad("analyse_load");
        // The three take turns, so a burst of load from elsewhere falls on all of them alike.
        for (var i = 1; i <= runs; i++)
        {
            Say.Line($"a. run {i} of {runs}: analyse, DuckDB, CsvHelper scan");
            await bench.Timed.TimeAsync("analyse", bench.Cli("analyse", extract, "--json", Path.Combine(bench.Work, "analyse.json")), cancellationToken);
            await bench.Timed.TimeAsync("duckdb", ["node", bench.Script("duckdb", "figures.mjs"), extract, Path.Combine(bench.Work, "duckdb.json")], cancellationToken);
            await bench.Timed.TimeAsync("scan", bench.Bench("scan", extract), cancellationToken);
        }
        bench.RecordLoad("analyse_load_after");
        bench.Timed.Summarise("analyse");
        bench.Timed.Summarise("duckdb");
        bench.Timed.Summarise("scan");
        // compare.mjs's first line counts the disagreements; it exits non-zero when there are any, which is a figure too.
        var agreement = await ChildProcess.OutputAsync(
            ["node", bench.Script("duckdb", "compare.mjs"), Path.Combine(bench.Work, "analyse.json"), Path.Combine(bench.Work, "duckdb.json")],
            cancellationToken, check: false);
        bench.Record("agreement", agreement.Split('\n')[0]);
        File.Delete(extract);
    }
}
