using EidAnalytics.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>PostgreSQL restarts (every connection cut, open transactions rolled back) while jobs run: they retry and finish once.</summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Organisation = "E09000701";
    private readonly string _folder = Directory.CreateTempSubdirectory("eid-restart-").FullName;
    private ThrowawayPostgres _postgres = null!;
    private string _db = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _postgres = await ThrowawayPostgres.StartAsync();
        _db = await _postgres.CreateMigratedDatabaseAsync("eid");
        await Sql.ExecuteAsync(_db, $"insert into organisations (code, name) values ('{Organisation}', 'Restart Borough')");
        _token = await Accounts.InsertTokenAsync(_db, Organisation);
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_database_restart_during_an_import_is_retried_to_one_complete_load()
    {
        const int Rows = 200_000;
        await using var node = await ServiceProcess.StartAsync(ServiceSettings.For(_db, _folder, "restart-node"), "restart-import", _token);
        var uploadId = await Extracts.PostFileAsync(node.Client, Organisation, LargeExtract.Write(_folder, Organisation, Rows, seed: 7));

        await Polling.UntilAsync(async () => await Sql.CopyProgressAsync(_db) > Rows / 4, TimeSpan.FromSeconds(60), "the load's COPY under way");
        await _postgres.RestartAsync();
        output.WriteLine("restarted PostgreSQL mid-COPY");

        await Polling.UntilReachableAsync(async () => await Sql.UploadStatusAsync(_db, uploadId) == "loaded", TimeSpan.FromSeconds(120), "the import retried to completion");
        await Sql.AssertLoadedOnceAsync(_db, uploadId, Rows);
        Assert.Contains($"Job ingest:{uploadId:N} #", node.ReadLog());
    }

    [Fact]
    public async Task A_database_restart_during_a_briefing_render_stores_one_briefing()
    {
        await using var node = await ServiceProcess.StartAsync(ServiceSettings.For(_db, _folder, "restart-node-2"), "restart-briefing", _token);
        var uploadId = await Extracts.PostFileAsync(node.Client, Organisation, LargeExtract.Write(_folder, Organisation, 500, seed: 8));
        await Polling.UntilAsync(async () => await Sql.UploadStatusAsync(_db, uploadId) == "loaded", TimeSpan.FromSeconds(60), "the extract loaded");

        var viewer = await Accounts.InsertAsync(_db, "viewer", Organisation);
        using (var signIn = await Forms.PostAsync(node.Client, "/account/sign-in", new Dictionary<string, string> { ["Email"] = viewer.Email, ["Password"] = viewer.Password }))
        {
            Assert.True(signIn.IsSuccessStatusCode, $"sign-in answered {signIn.StatusCode}");
        }
        using var request = await Forms.PostAsync(node.Client, $"/organisations/{Organisation}/briefings");
        Assert.True(request.IsSuccessStatusCode, $"on-demand request answered {request.StatusCode}");
        var jobId = await Sql.ScalarAsync<string>(_db, "select job_id from job_requests where request_key like 'on-demand:%'");
        await Polling.UntilAsync(async () => await Sql.JobStateAsync(_db, jobId) == "Processing", TimeSpan.FromSeconds(30), "the render running");
        await _postgres.RestartAsync();
        output.WriteLine("restarted PostgreSQL mid-render");

        await Polling.UntilReachableAsync(async () => await Sql.ScalarAsync<long>(_db, "select count(*) from briefings") > 0, TimeSpan.FromSeconds(120), "the briefing stored");
        // Give a duplicate every chance to appear: wait until the job has finished for good.
        await Polling.UntilReachableAsync(async () => await Sql.JobStateAsync(_db, jobId) == "Succeeded", TimeSpan.FromSeconds(120), "the briefing job finished");
        Assert.Equal(1L, await Sql.ScalarAsync<long>(_db, "select count(*) from briefings"));
    }
}
