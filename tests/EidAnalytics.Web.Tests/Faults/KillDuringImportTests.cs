using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using EidAnalytics.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>
/// The service is killed with SIGKILL at random points of imports — while a file is being
/// validated and in the middle of the COPY transaction — and started again. Every upload must end
/// loaded exactly once, and after every kill no partial rows may be visible. EID_SOAK_KILLS raises
/// the number of kills (./eid soak).
/// </summary>
public sealed class KillDuringImportTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Organisation = "E09000501";
    private const int Rows = 150_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("eid-kill-").FullName;
    private string _connectionString = "";

    private static int KillsWanted => int.Parse(Environment.GetEnvironmentVariable("EID_SOAK_KILLS") ?? "20", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateAsync();
        await ExecuteAsync($"insert into organisations (code, name) values ('{Organisation}', 'Kill Test Borough')");
    }

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_connectionString);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Killing_the_service_at_random_points_of_imports_loads_every_file_exactly_once()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Eid"] = _connectionString,
            ["Eid:Storage:Directory"] = Path.Combine(_folder, "files"),
            ["Eid:Pseudonymisation:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Eid:Jobs:InstanceId"] = "kill-test-node",
        };
        await using var progress = new NpgsqlConnection(_connectionString);
        await progress.OpenAsync();
        var node = await ServiceProcess.StartAsync(settings, "kill-node");
        var (midCopy, whileValidating, uploads) = (0, 0, 0);
        try
        {
            while (midCopy + whileValidating < KillsWanted)
            {
                var file = LargeExtract.Write(_folder, Organisation, Rows, seed: uploads++);
                var uploadId = await PostAsync(node.Client, file);
                for (var kill = 0; kill < 4 && midCopy + whileValidating < KillsWanted; kill++)
                {
                    var duringCopy = random.NextDouble() < 0.75;
                    var landed = duringCopy
                        ? await WaitForCopyProgressAsync(progress, uploadId, (long)(Rows * (0.05 + random.NextDouble() * 0.85)))
                        : await WaitForStatusAsync(progress, uploadId, "validating");
                    if (!landed)
                    {
                        break; // the load finished before the chosen point: no kill this round
                    }
                    await node.KillAsync();
                    if (duringCopy) midCopy++; else whileValidating++;
                    await AssertNothingPartialAsync(progress, uploadId);
                    node = await ServiceProcess.StartAsync(settings, "kill-node");
                }
                await WaitForStatusAsync(progress, uploadId, "loaded");
                await AssertLoadedOnceAsync(progress, uploadId);
            }
        }
        finally
        {
            await node.DisposeAsync();
        }
        output.WriteLine($"{midCopy + whileValidating} kills ({midCopy} mid-COPY, {whileValidating} while validating) over {uploads} uploads of {Rows:N0} rows");
        Assert.True(midCopy >= KillsWanted / 2, $"only {midCopy} kills landed mid-COPY");
    }

    private static async Task<Guid> PostAsync(HttpClient client, string path)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(Organisation), "organisation_code");
        await using var stream = File.OpenRead(path);
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        using var response = await client.PostAsync("/api/extracts", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Waits until a COPY into employees has sent at least <paramref name="tuples"/> rows: the load's transaction is then open and uncommitted.</summary>
    private static async Task<bool> WaitForCopyProgressAsync(NpgsqlConnection connection, Guid uploadId, long tuples)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var processed = await ScalarAsync<long>(connection,
                "select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy where datname = current_database()");
            if (processed >= tuples)
            {
                return true;
            }
            if (await ScalarAsync<string>(connection, $"select status from uploads where id = '{uploadId}'") == "loaded")
            {
                return false;
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"no COPY reached {tuples} rows in 60 s");
    }

    private static async Task<bool> WaitForStatusAsync(NpgsqlConnection connection, Guid uploadId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            var current = await ScalarAsync<string>(connection, $"select status from uploads where id = '{uploadId}'");
            if (current == status)
            {
                return true;
            }
            if (current is "loaded" or "failed")
            {
                Assert.Equal("loaded", current);
                return false;
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"upload {uploadId} did not reach '{status}'");
    }

    /// <summary>Right after a kill: this upload has no dataset version, and no employee row exists outside a committed dataset.</summary>
    private static async Task AssertNothingPartialAsync(NpgsqlConnection connection, Guid uploadId)
    {
        Assert.Equal(0L, await ScalarAsync<long>(connection, $"select count(*) from dataset_versions where upload_id = '{uploadId}'"));
        Assert.Equal(
            await ScalarAsync<long>(connection, "select coalesce(sum(row_count), 0) from dataset_versions"),
            await ScalarAsync<long>(connection, "select count(*) from employees"));
    }

    private static async Task AssertLoadedOnceAsync(NpgsqlConnection connection, Guid uploadId)
    {
        Assert.Equal(1L, await ScalarAsync<long>(connection, $"select count(*) from dataset_versions where upload_id = '{uploadId}'"));
        Assert.Equal((long)Rows, await ScalarAsync<long>(connection,
            $"select count(*) from employees e join dataset_versions d on d.id = e.dataset_version_id where d.upload_id = '{uploadId}'"));
        Assert.True(await ScalarAsync<long>(connection,
            $"select count(*) from metric_values m join dataset_versions d on d.id = m.dataset_version_id where d.upload_id = '{uploadId}'") > 0);
        await AssertNothingPartialAsync(connection, Guid.Empty);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
