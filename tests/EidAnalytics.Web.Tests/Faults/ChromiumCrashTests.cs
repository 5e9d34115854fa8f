using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Setup;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>Chromium dies during a render: the render fails cleanly, the job retries on a new browser, and no zombie processes remain.</summary>
[Collection(Isolated.Name)]
public sealed class ChromiumCrashTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_browser_killed_mid_render_fails_that_render_then_a_new_browser_serves_the_retry_and_no_zombies_remain()
    {
        await app.AddOrganisationAsync("E09000801", "Crash Borough");
        await Extracts.UploadAsync(await app.ApiClientAsync("E09000801"), "E09000801", Extracts.ItTeam("E09000801", 4, 12));
        var printer = app.Services.GetRequiredService<BriefingPrinter>();
        await printer.PrintAsync("<html><body>warm</body></html>", CancellationToken.None);
        var first = ChromiumProcesses();
        Assert.NotEmpty(first);

        // A document large enough that printing it takes a while, so the kill lands mid-render.
        var big = "<html><body><table>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<tr><td>{i}</td><td>row {i}</td></tr>")) + "</table></body></html>";
        var render = printer.PrintAsync(big, CancellationToken.None);
        await Task.Delay(300);
        Kill(first);
        await Assert.ThrowsAnyAsync<PlaywrightException>(() => render);

        // The scheduled path: a job started now finds the browser gone, starts another and succeeds.
        await RenderDocumentJob.EnqueueAsync(app.Services.GetRequiredService<JobRequests>(), DocumentKind.Briefing, "E09000801", "crash-test", CancellationToken.None);
        await Polling.UntilAsync(async () =>
        {
            await using var db = app.CreateDbContext();
            return await db.Briefings.AnyAsync(b => b.RequestKey == "crash-test");
        }, TimeSpan.FromSeconds(60), "the briefing rendered on a new browser");

        var second = ChromiumProcesses();
        Assert.NotEmpty(second);
        Assert.Empty(second.Intersect(first));
        await Polling.UntilAsync(() => Task.FromResult(Zombies().Count == 0), TimeSpan.FromSeconds(10), "killed processes reaped");
    }

    /// <summary>Chromium processes descended from this test process.</summary>
    private static List<int> ChromiumProcesses() =>
        Descendants().Where(p => p.Command.StartsWith("chrom", StringComparison.Ordinal) && p.State != 'Z').Select(p => p.Pid).ToList();

    private static List<int> Zombies() => Descendants().Where(p => p.State == 'Z').Select(p => p.Pid).ToList();

    private static void Kill(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
    }

    private sealed record ProcessInfo(int Pid, int Parent, string Command, char State);

    private static List<ProcessInfo> Descendants()
    {
        var all = new List<ProcessInfo>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }
            try
            {
                // /proc/PID/stat: "pid (comm) state ppid ..." — comm may hold spaces, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                all.Add(new ProcessInfo(pid, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), stat[(stat.IndexOf('(') + 1)..close], fields[0][0]));
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        var self = Environment.ProcessId;
        var family = new HashSet<int> { self };
        bool grew;
        do
        {
            grew = false;
            foreach (var p in all.Where(p => family.Contains(p.Parent) && family.Add(p.Pid)))
            {
                grew = true;
            }
        }
        while (grew);
        return all.Where(p => p.Pid != self && family.Contains(p.Pid)).ToList();
    }
}
