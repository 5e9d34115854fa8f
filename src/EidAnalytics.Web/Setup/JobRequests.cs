using System.Linq.Expressions;
using EidAnalytics.Web.Data;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// Queues a job once per request key (an upload's ingest, a document's render), however often or
/// from however many nodes the request is made, and tells its progress from the job's state.
/// </summary>
public sealed class JobRequests(NpgsqlDataSource dataSource, IBackgroundJobClient client, JobStorage storage)
{
    /// <summary>The job parameter that carries the request key (shown in the logs of every run).</summary>
    public const string RequestKeyParameter = "RequestKey";

    private readonly IBackgroundJobClientV2 _client = client as IBackgroundJobClientV2
        ?? throw new InvalidOperationException("Hangfire's job client does not take job parameters; Hangfire 1.8 or later is needed.");

    /// <summary>
    /// Queues <paramref name="run"/> unless a job was already queued for <paramref name="requestKey"/>;
    /// returns the job's id either way. The key is claimed in a transaction held while the job is
    /// created, so a concurrent request for the same key waits and then finds it. A crash between the
    /// two leaves a job with no claim, and the next request queues another: jobs find a stored result
    /// and do nothing more, so that costs a lookup, never a second result.
    /// </summary>
    public async Task<string> EnqueueOnceAsync<TJob>(string requestKey, Expression<Func<TJob, Task>> run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var claim = new NpgsqlCommand(
            "insert into job_requests (request_key, job_id) values ($1, '') on conflict (request_key) do nothing", connection, transaction))
        {
            claim.Parameters.AddWithValue(requestKey);
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (await JobIdAsync(requestKey, cancellationToken))!;
            }
        }
        var jobId = _client.Create(Job.FromExpression(run), new EnqueuedState(), new Dictionary<string, object?> { [RequestKeyParameter] = requestKey });
        await using (var record = new NpgsqlCommand("update job_requests set job_id = $2 where request_key = $1", connection, transaction))
        {
            record.Parameters.AddWithValue(requestKey);
            record.Parameters.AddWithValue(jobId);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return jobId;
    }

    /// <summary>The progress of the job queued for <paramref name="requestKey"/>, or null if none was.</summary>
    public async Task<JobProgress?> ProgressAsync(string requestKey, CancellationToken cancellationToken)
    {
        if (await JobIdAsync(requestKey, cancellationToken) is not { } jobId)
        {
            return null;
        }
        using var connection = storage.GetConnection();
        var state = connection.GetStateData(jobId);
        return new JobProgress(jobId, state?.Name, state?.Reason);
    }

    /// <summary>Forgets requests made before <paramref name="cutoff"/>; Hangfire has long expired their jobs, and a repeat finds the stored result.</summary>
    public async Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("delete from job_requests where requested_at < $1");
        command.Parameters.AddWithValue(cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Removes the requests and their Hangfire jobs (whose arguments and failure messages name what
    /// they worked on), in the caller's transaction: erasing an organisation leaves nothing of it.
    /// </summary>
    public static async Task ForgetAsync(EidDbContext db, IReadOnlyList<string> requestKeys, CancellationToken cancellationToken)
    {
        var keys = requestKeys.ToArray();
        await db.Database.ExecuteSqlAsync(
            $"delete from hangfire.job where id in (select job_id::bigint from job_requests where request_key = any({keys}) and job_id <> '')", cancellationToken);
        await db.Database.ExecuteSqlAsync($"delete from job_requests where request_key = any({keys})", cancellationToken);
    }

    private async Task<string?> JobIdAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select job_id from job_requests where request_key = $1");
        command.Parameters.AddWithValue(requestKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
