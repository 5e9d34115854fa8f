using EidAnalytics.Benchmarks.Report;
using EidAnalytics.Benchmarks.Run.Sections;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// <c>run</c>: the runner behind ./eid bench (which installs what it needs, builds, starts the
/// private cluster .eid/pg-bench and passes its settings, <see cref="BenchSettings"/>). Measures
/// DESIGN §8's work against its peers and writes the figures between the bench markers of
/// docs/performance.md. Figures, never pass/fail: a failure here is a broken run.
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = BenchSettings.FromEnvironment();
        Environment.SetEnvironmentVariable("PGPASSWORD", settings.PgPassword);
        if (Directory.Exists(settings.Logs))
        {
            Directory.Delete(settings.Logs, recursive: true);
        }
        Directory.CreateDirectory(settings.Logs);
        var work = Directory.CreateTempSubdirectory("eid-bench.").FullName;
        var bench = new BenchContext(settings, work);
        try
        {
            // A partial run starts from the last run's figures; what it measures again comes later and wins.
            if (settings.IsPartial && File.Exists(settings.Previous))
            {
                bench.Results.StartFrom(settings.Previous, settings.Only);
            }
            await MachineFacts.RecordAsync(settings, bench.Results, cancellationToken);
            BenchExtract.WriteOrganisations(bench.Organisations, BenchSettings.Organisations);
            await SectionsAsync(bench, cancellationToken);
            WriteReport(bench);
            Say.Line("figures written to docs/performance.md (logs in .eid/bench-logs)");
            return 0;
        }
        finally
        {
            await bench.Service.StopAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task SectionsAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var settings = bench.Settings;
        if (settings.Wants("analyse"))
        {
            await AnalyseSection.RunAsync(bench, cancellationToken);
        }
        if (settings.WantsAny("ingest", "latency", "api", "briefings", "comparisons"))
        {
            await bench.Service.StartAsync(cancellationToken);
            Say.Line($"viewer accounts and upload tokens for {BenchSettings.Organisations} organisations; each viewer signs in");
            await bench.DriveAsync("accounts", cancellationToken, "accounts", settings.Url, settings.Owner, bench.Accounts);
        }
        if (settings.Wants("ingest"))
        {
            await IngestSection.RunAsync(bench, cancellationToken);
        }
        if (settings.Wants("latency"))
        {
            await LatencySection.RunAsync(bench, cancellationToken);
        }
        if (settings.WantsAny("api", "briefings", "comparisons"))
        {
            await SnapshotsSection.RunAsync(bench, cancellationToken);
        }
        if (settings.Wants("api"))
        {
            await ApiSection.RunAsync(bench, cancellationToken);
        }
        if (settings.Wants("briefings"))
        {
            await BriefingsSection.RunAsync(bench, cancellationToken);
        }
        if (settings.Wants("comparisons"))
        {
            await ComparisonsSection.RunAsync(bench, cancellationToken);
        }
        if (bench.Service.IsRunning)
        {
            bench.Record("service_peak_mb", bench.Service.PeakMegabytes());
            await bench.Service.StopAsync();
        }
        if (settings.Wants("micro"))
        {
            await MicroSection.RunAsync(bench, MicroTables(bench), KeptMicroTables(bench), cancellationToken);
        }
    }

    private static void WriteReport(BenchContext bench)
    {
        // A run without micro keeps the last run's micro-benchmark tables, as it keeps the other sections' figures.
        if (!bench.Settings.Wants("micro") && File.Exists(KeptMicroTables(bench)))
        {
            File.Copy(KeptMicroTables(bench), MicroTables(bench), overwrite: true);
        }
        File.Copy(bench.Results.Path, bench.Settings.Previous, overwrite: true);
        ReportCommand.Run(bench.Results.Path, MicroTables(bench), Path.Combine(bench.Settings.Root, "docs", "performance.md"));
    }

    private static string MicroTables(BenchContext bench) => Path.Combine(bench.Work, "micro.md");

    private static string KeptMicroTables(BenchContext bench) => Path.Combine(bench.Settings.State, "bench-micro.md");
}
