using System.Globalization;
using System.Net;

namespace EidAnalytics.Benchmarks.Run.Sections;

/// <summary>
/// c. wrk (2 threads, 64 connections) on the dashboard API and the dashboard page, each request for
/// a random one of the 400 organisations, signed in as that organisation's viewer; 5 s of warm-up first.
/// </summary>
public static class ApiSection
{
    public static async Task RunAsync(BenchContext bench, CancellationToken cancellationToken)
    {
        bench.Memory.Phase = "api";
        foreach (var (page, template) in new[] { ("api", "/api/organisations/%s/metrics"), ("page", "/organisations/%s") })
        {
            await CheckAsync(bench, page, template, cancellationToken);
            var seconds = bench.Settings.SecondsPerRun;
            Say.Line(string.Create(CultureInfo.InvariantCulture, $"c. {page}: warm-up, then {seconds} s at 64 connections"));
            var script = bench.Script("wrk", "organisations.lua");
            await ChildProcess.RunToLogAsync("/dev/null",
                ["wrk", "-t2", "-c64", "-d5s", "-s", script, bench.Settings.Url, "--", template, bench.Cookies], cancellationToken);
            bench.RecordLoad($"{page}_load");
            var log = Path.Combine(bench.Settings.Logs, $"wrk-{page}.txt");
            await ChildProcess.RunToLogAsync(log, ["wrk", "-t2", "-c64", string.Create(CultureInfo.InvariantCulture, $"-d{seconds}s"),
                "--timeout", "10s", "-s", script, bench.Settings.Url, "--", template, bench.Cookies], cancellationToken);
            bench.Results.Collect(page, string.Join('\n', File.ReadLines(log).Where(l => l.Contains('=', StringComparison.Ordinal))));
        }
        bench.Record("api_peak", bench.Memory.Peak("api"));
    }

    // The first organisation's viewer must get its page, or wrk would time errors.
    private static async Task CheckAsync(BenchContext bench, string page, string template, CancellationToken cancellationToken)
    {
        var first = File.ReadLines(bench.Cookies).First().Split('\t', 2);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(bench.Settings.Url + template.Replace("%s", first[0], StringComparison.Ordinal)));
        request.Headers.Add("Cookie", first[1]);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{page} answered {(int)response.StatusCode} to its viewer"));
        }
    }
}
