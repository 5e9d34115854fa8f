using System.Diagnostics;
using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>Two service processes on one database, each with its Hangfire server: takeover of a dead node's job, and no double work.</summary>
public sealed class ClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Organisation = "E09000601";

    /// <summary>The bound the service promises for another node to finish a killed node's import (docs/operations.md).</summary>
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(45);

    private readonly string _folder = Directory.CreateTempSubdirectory("eid-cluster-").FullName;
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private string _db = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await Sql.ExecuteAsync(_db, $"insert into organisations (code, name) values ('{Organisation}', 'Cluster Borough')");
        _token = await Accounts.InsertTokenAsync(_db, Organisation);
    }

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_db);
        Directory.Delete(_folder, recursive: true);
    }

    // The service's own invisibility timeout: the takeover bound is a promise about the shipped settings.
    private Task<ServiceProcess> StartAsync(string instance) =>
        ServiceProcess.StartAsync(ServiceSettings.For(_db, _folder, instance, _key), instance, _token);

    [Fact]
    public async Task When_the_node_running_an_import_dies_the_other_node_finishes_it_once_within_45_seconds()
    {
        const int Rows = 100_000;
        await using var a = await StartAsync("node-a");
        await using var b = await StartAsync("node-b");
        var uploadId = await Extracts.PostFileAsync(a.Client, Organisation, LargeExtract.Write(_folder, Organisation, Rows, seed: 1));
        var jobId = (await Sql.JobIdAsync(_db, IngestExtractJob.RequestKey(uploadId)))!;

        await Polling.UntilAsync(async () => await Sql.CopyProgressAsync(_db) > Rows / 5, TimeSpan.FromSeconds(60), "the load's COPY under way");
        var runner = (await Sql.JobServerAsync(_db, jobId))!;
        var (dead, survivor, survivorName) = runner.StartsWith("node-a:", StringComparison.Ordinal) ? (a, b, "node-b") : (b, a, "node-a");
        await dead.KillAsync();
        var killed = Stopwatch.StartNew();
        output.WriteLine($"killed {runner} mid-COPY");

        await Polling.UntilAsync(async () => (await Sql.JobServerAsync(_db, jobId))!.StartsWith(survivorName + ":", StringComparison.Ordinal),
            TakeoverBound, "the survivor taking the import over");
        var takenOver = killed.Elapsed;
        await Polling.UntilAsync(async () => await Sql.UploadStatusAsync(_db, uploadId) == "loaded", TakeoverBound - killed.Elapsed, "the survivor finishing the import");
        output.WriteLine($"taken over {takenOver.TotalSeconds:F1} s after the kill, loaded {killed.Elapsed.TotalSeconds:F1} s after it");

        await Sql.AssertLoadedOnceAsync(_db, uploadId, Rows);
        Assert.Contains($"Job ingest:{uploadId:N} #{jobId} taken over by {survivorName}:", survivor.ReadLog());
        // The upload reads loaded before the job's last step (asking for a release) and its log line.
        await Polling.UntilAsync(() => Task.FromResult(Regex.IsMatch(survivor.ReadLog(), $@"Job ingest:{uploadId:N} #{jobId} run \S+ finished")),
            TimeSpan.FromSeconds(30), "the survivor logging the job's end");
        Assert.Equal(1, Regex.Count(survivor.ReadLog(), $@"Job ingest:{uploadId:N} #{jobId} run \S+ finished"));
    }

    [Fact]
    public async Task Two_live_nodes_never_run_the_same_import_twice()
    {
        const int Files = 12;
        await using var a = await StartAsync("node-c");
        await using var b = await StartAsync("node-d");
        var uploads = new List<Guid>();
        for (var i = 0; i < Files; i++)
        {
            // Distinct files (different seeds) for different snapshot versions of one organisation.
            var file = LargeExtract.Write(_folder, Organisation, 2_000, seed: 100 + i);
            uploads.Add(await Extracts.PostFileAsync(i % 2 == 0 ? a.Client : b.Client, Organisation, file));
        }

        await Polling.UntilAsync(async () => await Sql.ScalarAsync<long>(_db, "select count(*) from uploads where status = 'loaded'") == Files,
            TimeSpan.FromSeconds(120), "every upload loaded");
        var logs = a.ReadLog() + b.ReadLog();
        foreach (var id in uploads)
        {
            Assert.Equal(1, Regex.Count(logs, $@"Job ingest:{id:N} #\d+ run \S+ started"));
            await Sql.AssertLoadedOnceAsync(_db, id, 2_000);
        }
        Assert.DoesNotContain("taken over by", logs);
        output.WriteLine($"{Files} imports across two nodes: node-c ran {Regex.Count(a.ReadLog(), @"Job ingest:\w+ #\d+ run \S+ started")}, node-d ran {Regex.Count(b.ReadLog(), @"Job ingest:\w+ #\d+ run \S+ started")}");
    }
}
