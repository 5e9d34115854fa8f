using System.Globalization;
using System.Text.RegularExpressions;
using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>d. Briefings through the real job: 20 one at a time with a warm browser, then all 400 at once.</summary>
public static partial class BriefingsSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        bench.Memory.Phase = "briefings";
        Say.Line(string.Create(CultureInfo.InvariantCulture, $"d. briefings: 20 one at a time with a warm browser, then all {BenchSettings.Organisations}"));
        await bench.Database.SettleAsync(cancellationToken);
        bench.RecordLoad("briefings_load");
        await bench.DriveAsync("briefings", cancellationToken, "briefings", bench.Settings.Url, bench.Cookies, bench.Settings.Owner, "20", "8");
        bench.RecordLoad("briefings_load_after");
        // The service's own time for each render (figures, HTML and PDF), as it logs it: the first
        // is the cold one, the next 20 the warm ones, the rest the 400 at once.
        var renders = BriefingPrinted().Matches(await File.ReadAllTextAsync(bench.Service.Log, cancellationToken))
            .Select(m => m.Groups["ms"].Value).ToList();
        bench.Record("briefings_service_warm_median_ms", Median.Of(renders.Skip(1).Take(20)));
        bench.Record("briefings_service_all_median_ms", Median.Of(renders.Skip(21)));
        bench.Record("briefings_peak", bench.Memory.Peak("briefings"));
    }

    [GeneratedRegex("The briefing for [^ \n]* printed in (?<ms>[0-9]*) ms")]
    private static partial Regex BriefingPrinted();
}
