using System.Globalization;
using System.Text.RegularExpressions;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>
/// c. The data of sections c, d and f: 400 organisations × 5 snapshots loaded through the real
/// upload API; then, for f, the offline release of the same 2,000 files against analyse of them
/// (DESIGN §8: within 2 × analyse), the two taking turns.
/// </summary>
public static partial class SnapshotsSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        var organisations = BenchSettings.Organisations;
        var snapshots = Path.Combine(bench.Work, "snapshots");
        bench.Memory.Phase = "load";
        Say.Line(string.Create(CultureInfo.InvariantCulture,
            $"c. generating {organisations} organisations x 5 snapshots ({bench.Settings.SnapshotRows} rows per snapshot)"));
        for (var year = 2021; year <= 2025; year++)
        {
            BenchExtract.WriteEach(snapshots, bench.Settings.SnapshotRows, organisations, year, new DateOnly(year, 3, 31));
        }
        Say.Line(string.Create(CultureInfo.InvariantCulture, $"c. uploading {organisations * 5} files through POST /api/extracts, 8 at a time"));
        bench.RecordLoad("upload_load");
        await bench.DriveAsync("upload", cancellationToken, "upload", bench.Settings.Url, bench.Tokens, snapshots, bench.Settings.Owner, "8");
        bench.Record("upload_peak", bench.Memory.Peak("load"));
        // The uploads asked for release refreshes; what follows is timed on the release of all 2,000 files.
        await bench.DriveAsync("release", cancellationToken, "released", bench.Settings.Owner);
        var refreshes = ReleasePublished().Matches(await File.ReadAllTextAsync(bench.Service.Log, cancellationToken));
        bench.Record("release_refresh_ms", refreshes.Count == 0 ? "" : refreshes[^1].Groups["ms"].Value);
        if (bench.Settings.Wants("comparisons"))
        {
            await PublishAsync(bench, snapshots, cancellationToken);
        }
        Directory.Delete(snapshots, recursive: true);
        await bench.Database.SettleAsync(cancellationToken);
    }

    private static async Task PublishAsync(BenchContext bench, string snapshots, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(snapshots, "*.csv").Order(StringComparer.Ordinal).ToArray();
        bench.RecordLoad("publish_load");
        for (var i = 1; i <= 3; i++)
        {
            Say.Line(string.Create(CultureInfo.InvariantCulture, $"f. run {i} of 3: publish and analyse of the {files.Length} files"));
            await bench.Timed.TimeAsync("publish", bench.Cli(["publish", .. files, "--organisations", bench.Organisations,
                "--key-file", Path.Combine(bench.Settings.State, "pseudonym.key"), "--json", Path.Combine(bench.Work, "publish.json")]), cancellationToken);
            await bench.Timed.TimeAsync("analyse_files", bench.Cli(["analyse", .. files, "--json", Path.Combine(bench.Work, "analyse-files.json")]), cancellationToken);
        }
        bench.Timed.Summarise("publish");
        bench.Timed.Summarise("analyse_files");
    }

    [GeneratedRegex("""Release [0-9]* published: [^"\n]* in (?<ms>[0-9]*) ms""")]
    private static partial Regex ReleasePublished();
}
