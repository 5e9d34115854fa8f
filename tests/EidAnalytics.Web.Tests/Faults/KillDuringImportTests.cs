using System.Globalization;
using EidAnalytics.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>
/// The service is killed with SIGKILL at random points of imports — while a file is being
/// validated and in the middle of the COPY transaction — and started again. Every upload must end
/// loaded exactly once, and after every kill no partial rows may be visible. The restarted node's
/// Hangfire server takes the interrupted job back once its invisibility timeout (shortened here to
/// keep the test quick) has passed. Three kills by default; EID_SOAK_KILLS raises the number
/// (./eid soak 100).
/// </summary>
public sealed class KillDuringImportTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Organisation = "E09000501";
    private const int Rows = 150_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("eid-kill-").FullName;
    private string _db = "";
    private string _token = "";

    private static int KillsWanted => int.Parse(Environment.GetEnvironmentVariable("EID_SOAK_KILLS") ?? "3", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await Sql.ExecuteAsync(_db, $"insert into organisations (code, name) values ('{Organisation}', 'Kill Test Borough')");
        _token = await Accounts.InsertTokenAsync(_db, Organisation);
    }

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_db);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Killing_the_service_at_random_points_of_imports_loads_every_file_exactly_once()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var settings = ServiceSettings.For(_db, _folder, "kill-test-node", invisibilityTimeout: TimeSpan.FromSeconds(10));
        var node = await ServiceProcess.StartAsync(settings, "kill-node", _token);
        var (midCopy, whileValidating, uploads) = (0, 0, 0);
        try
        {
            while (midCopy + whileValidating < KillsWanted)
            {
                var file = LargeExtract.Write(_folder, Organisation, Rows, seed: uploads++);
                var uploadId = await Extracts.PostFileAsync(node.Client, Organisation, file);
                for (var kill = 0; kill < 4 && midCopy + whileValidating < KillsWanted; kill++)
                {
                    var duringCopy = random.NextDouble() < 0.75;
                    var landed = duringCopy
                        ? await WaitForCopyAsync(uploadId, (long)(Rows * (0.05 + random.NextDouble() * 0.85)))
                        : await WaitForStatusAsync(uploadId, "validating");
                    if (!landed)
                    {
                        break; // the load finished before the chosen point: no kill this round
                    }
                    await node.KillAsync();
                    if (duringCopy) midCopy++; else whileValidating++;
                    Assert.Equal(0L, await Sql.ScalarAsync<long>(_db, $"select count(*) from dataset_versions where upload_id = '{uploadId}'"));
                    await Sql.AssertNoPartialRowsAsync(_db);
                    node = await ServiceProcess.StartAsync(settings, "kill-node", _token);
                }
                await WaitForStatusAsync(uploadId, "loaded");
                await Sql.AssertLoadedOnceAsync(_db, uploadId, Rows);
            }
        }
        finally
        {
            await node.DisposeAsync();
        }
        output.WriteLine($"{midCopy + whileValidating} kills ({midCopy} mid-COPY, {whileValidating} while validating) over {uploads} uploads of {Rows:N0} rows");
        Assert.True(midCopy >= KillsWanted / 2, $"only {midCopy} kills landed mid-COPY");
    }

    /// <summary>Waits until the load's COPY has sent <paramref name="tuples"/> rows (its transaction is open); false if the upload finished first.</summary>
    private async Task<bool> WaitForCopyAsync(Guid uploadId, long tuples)
    {
        var reached = false;
        await Polling.UntilAsync(async () =>
            (reached = await Sql.CopyProgressAsync(_db) >= tuples) || await Sql.UploadStatusAsync(_db, uploadId) == "loaded",
            TimeSpan.FromSeconds(60), $"COPY reaching {tuples} rows");
        return reached;
    }

    private async Task<bool> WaitForStatusAsync(Guid uploadId, string status)
    {
        var current = "";
        await Polling.UntilAsync(async () => (current = await Sql.UploadStatusAsync(_db, uploadId)) is var s && (s == status || s is "loaded" or "failed"),
            TimeSpan.FromSeconds(120), $"upload {uploadId} reaching {status}");
        Assert.NotEqual("failed", current);
        return current == status;
    }
}
