using System.Diagnostics;
using System.Globalization;
using System.Net;
using EidAnalytics.Benchmarks.Figures;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// The web service under test, on the bench's own database and files, its log in
/// .eid/bench-logs/service.log (begun afresh at each start), its memory sampled while it runs.
/// </summary>
public sealed class ServiceHost(BenchSettings settings, string work, MemorySampler memory) : IAsyncDisposable
{
    private Process? service;
    private Task? sampling;

    public string Log => Path.Combine(settings.Logs, "service.log");

    public bool IsRunning => service is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Say.Line($"starting the service on {settings.Url}");
        Directory.CreateDirectory(Path.Combine(work, "files"));
        service = ChildProcess.StartToLog(Log, append: false, ["dotnet", settings.WebDll], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = settings.Url,
            ["ASPNETCORE_CONTENTROOT"] = Path.Combine(settings.Root, "src", "EidAnalytics.Web"),
            ["ConnectionStrings__Eid"] = settings.App,
            ["ConnectionStrings__EidOwner"] = settings.Owner,
            ["Eid__Reference__OrganisationsFile"] = Path.Combine(work, "organisations.csv"),
            ["Eid__Storage__Directory"] = Path.Combine(work, "files"),
            ["Eid__Pseudonymisation__KeyFile"] = Path.Combine(settings.State, "pseudonym.key"),
            ["Eid__RateLimits__SignInsPerMinute"] = "100000",
            ["Eid__RateLimits__UploadsPerMinute"] = "100000",
        });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (service.HasExited)
            {
                foreach (var line in File.ReadLines(Log).TakeLast(30))
                {
                    await Console.Error.WriteLineAsync(line);
                }
                throw new InvalidOperationException($"the service stopped while starting; log: {Log}");
            }
            if (await IsHealthyAsync(client, cancellationToken))
            {
                sampling = memory.SampleAsync(service.Id);
                return;
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new InvalidOperationException($"the service did not start; log: {Log}");
    }

    /// <summary>The service's peak RSS so far (VmHWM), in MB.</summary>
    public string PeakMegabytes() =>
        CNumberFormat.Fixed(MemorySampler.Kilobytes($"/proc/{service?.Id}/status", "VmHWM:") / 1024.0, 0);

    /// <summary>Stops the service as a person would (SIGTERM) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (service is null)
        {
            return;
        }
        if (!service.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", service.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        await service.WaitForExitAsync();
        if (sampling is not null)
        {
            await sampling;
        }
        service.Dispose();
        service = null;
        sampling = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> IsHealthyAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(settings.Url + "/health"), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
