using System.Diagnostics;
using Hangfire.Server;
using Hangfire.States;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// Logs every job run's start, end and duration under a run id of its own (a retried job keeps its
/// job id, so the job id alone does not tell runs apart), and says when a node takes over a job that
/// another node was running when it stopped answering.
/// </summary>
public sealed class JobRunLogger(ILogger<JobRunLogger> logger) : IServerFilter, IElectStateFilter
{
    private const string StartedItem = "eid:started";
    private const string RunIdItem = "eid:run-id";
    private const string NameItem = "eid:name";

    public void OnPerforming(PerformingContext context)
    {
        var runId = Guid.NewGuid().ToString("N")[..12];
        context.Items[RunIdItem] = runId;
        context.Items[StartedItem] = Stopwatch.GetTimestamp();
        // Read once, at the start: by the end the database may be gone (the run failing because of it).
        var name = context.Items[NameItem] = NameOf(context);
        logger.LogInformation("Job {Job} #{JobId} run {RunId} started (attempt {Attempt})",
            name, context.BackgroundJob.Id, runId, context.GetJobParameter<int>("RetryCount") + 1);
    }

    public void OnPerformed(PerformedContext context)
    {
        var elapsed = Stopwatch.GetElapsedTime((long)context.Items[StartedItem]).TotalMilliseconds;
        var (runId, name) = (context.Items[RunIdItem], context.Items[NameItem]);
        if (context.Exception is null)
        {
            logger.LogInformation("Job {Job} #{JobId} run {RunId} finished in {ElapsedMs:F0} ms", name, context.BackgroundJob.Id, runId, elapsed);
        }
        else if (context.Exception is OperationCanceledException && context.CancellationToken.ShutdownToken.IsCancellationRequested)
        {
            logger.LogWarning("Job {Job} #{JobId} run {RunId} stopped after {ElapsedMs:F0} ms by the service stopping; it runs again when a node is free",
                name, context.BackgroundJob.Id, runId, elapsed);
        }
        else
        {
            logger.LogError(context.Exception, "Job {Job} #{JobId} run {RunId} failed after {ElapsedMs:F0} ms", name, context.BackgroundJob.Id, runId, elapsed);
        }
    }

    /// <summary>A job going from Processing to Processing was fetched again after its node stopped extending its invisibility.</summary>
    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is ProcessingState taking && context.CurrentState == ProcessingState.StateName)
        {
            var previous = context.Connection.GetStateData(context.BackgroundJob.Id);
            logger.LogWarning("Job {Job} #{JobId} taken over by {Server}: recovering a run interrupted on {PreviousServer}",
                context.GetJobParameter<string>(JobRequests.RequestKeyParameter) ?? context.BackgroundJob.Job?.ToString(), context.BackgroundJob.Id,
                taking.ServerId, (previous?.Data.TryGetValue("ServerId", out var server) == true ? server : null) ?? "another node");
        }
    }

    /// <summary>The request key the job was queued under, the recurring job it belongs to, or its method.</summary>
    private static string NameOf(PerformContext context) =>
        context.GetJobParameter<string>(JobRequests.RequestKeyParameter)
        ?? context.GetJobParameter<string>("RecurringJobId")
        ?? context.BackgroundJob.Job.ToString();
}
