using Npgsql;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>One-off SQL against a test database, each on a fresh connection (so a restarted server is no obstacle).</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rows COPY has sent so far in the database's running loads (pg_stat_progress_copy): above 0 means a load's transaction is open.</summary>
    public static Task<long> CopyProgressAsync(string connectionString) =>
        ScalarAsync<long>(connectionString, "select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy where datname = current_database()");

    public static Task<string> UploadStatusAsync(string connectionString, Guid uploadId) =>
        ScalarAsync<string>(connectionString, $"select status from uploads where id = '{uploadId}'");

    /// <summary>The Hangfire job queued for a request key (see JobRequests), or null before it is queued.</summary>
    public static Task<string?> JobIdAsync(string connectionString, string requestKey) =>
        ScalarAsync<string?>(connectionString, $"select (select job_id from job_requests where request_key = '{requestKey}')");

    /// <summary>The Hangfire state of a job (Enqueued, Processing, Scheduled for a retry, Succeeded, Failed).</summary>
    public static Task<string?> JobStateAsync(string connectionString, string jobId) =>
        ScalarAsync<string?>(connectionString, $"select (select statename from hangfire.job where id = {long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)})");

    /// <summary>The Hangfire server ("name:process:id") the job's latest Processing state names, or null before it has run.</summary>
    public static Task<string?> JobServerAsync(string connectionString, string jobId) =>
        ScalarAsync<string?>(connectionString,
            $"select (select data->>'ServerId' from hangfire.state where jobid = {long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)} and name = 'Processing' order by id desc limit 1)");

    /// <summary>Asserts the upload loaded exactly once with all its rows, and that no employee row lies outside a committed dataset.</summary>
    public static async Task AssertLoadedOnceAsync(string connectionString, Guid uploadId, int rows)
    {
        Assert.Equal(1L, await ScalarAsync<long>(connectionString, $"select count(*) from dataset_versions where upload_id = '{uploadId}'"));
        Assert.Equal((long)rows, await ScalarAsync<long>(connectionString,
            $"select count(*) from employees e join dataset_versions d on d.id = e.dataset_version_id where d.upload_id = '{uploadId}'"));
        Assert.True(await ScalarAsync<long>(connectionString,
            $"select count(*) from metric_values m join dataset_versions d on d.id = m.dataset_version_id where d.upload_id = '{uploadId}'") > 0);
        await AssertNoPartialRowsAsync(connectionString);
    }

    public static async Task AssertNoPartialRowsAsync(string connectionString) =>
        Assert.Equal(
            await ScalarAsync<long>(connectionString, "select coalesce(sum(row_count), 0) from dataset_versions"),
            await ScalarAsync<long>(connectionString, "select count(*) from employees"));
}
