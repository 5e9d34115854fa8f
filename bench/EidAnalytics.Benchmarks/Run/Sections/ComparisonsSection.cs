namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>
/// f. The cross-council pages and downloads, each timed cold (first request to a service started
/// for it: nothing compiled, the release not yet read into memory) and warm (median of the next 5).
/// The viewer's cookie outlives a restart.
/// </summary>
public static class ComparisonsSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var viewers = File.ReadLines(bench.Cookies).Select(l => l.Split('\t', 2)).ToList();
        var (subject, cookie) = (viewers[0][0], viewers[0][1]);
        var basket = string.Join(',', viewers.Where((_, i) => i % 8 == 0).Take(50).Select(v => v[0]));
        (string Name, string Path)[] pages =
        [
            ("national", "/comparisons"),
            ("region", "/comparisons?set=region:London"),
            ("peers", $"/comparisons?set=peers:{subject}"),
            ("basket", $"/comparisons?set=basket&orgs={basket}"),
            ("figures_csv", "/comparisons/figures.csv"),
            ("report_page", "/benchmarks/national/all"),
        ];
        bench.RecordLoad("comparisons_load");
        foreach (var (name, path) in pages)
        {
            await RestartAsync(bench, cancellationToken);
            bench.Memory.Phase = "comparisons";
            Say.Line($"f. {name}: cold, then 5 warm");
            await bench.DriveAsync($"cross_{name}", cancellationToken, "page", bench.Settings.Url, cookie, path, "5");
        }
        await RestartAsync(bench, cancellationToken);
        Say.Line("f. the national benchmark report's PDF: cold (browser starting), then 5 warm");
        await bench.DriveAsync("cross_report_pdf", cancellationToken, "benchmark-pdf", bench.Settings.Url, cookie, bench.Settings.Owner, "5");
        bench.RecordLoad("comparisons_load_after");
        bench.Record("comparisons_peak", bench.Memory.Peak("comparisons"));
    }

    private static async Task RestartAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        await bench.Service.StopAsync();
        await bench.Service.StartAsync(cancellationToken);
    }
}
