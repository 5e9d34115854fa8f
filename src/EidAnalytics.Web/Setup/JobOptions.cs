using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Setup;

/// <summary>The job server (section Eid:Jobs).</summary>
public sealed class JobOptions
{
    public const string Section = "Eid:Jobs";

    /// <summary>
    /// This node's name among the job servers sharing a database, shown on the dashboard's Servers
    /// page; nodes sharing a database should differ. Defaults to the machine name.
    /// </summary>
    [Required]
    public string InstanceId { get; set; } = Environment.MachineName;

    /// <summary>How many jobs (ingests, renders) one node runs at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>
    /// How long a job taken by a node that has stopped answering stays invisible to the others. The
    /// running node keeps extending it (sliding), so a long import is never taken away from a live
    /// node; a node killed mid-job has its job run elsewhere (or by itself, restarted) within about
    /// this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest an idle node waits before looking at the queue again. New jobs wake it at once
    /// (PostgreSQL LISTEN/NOTIFY), so this only bounds how late a job queued by a node that could not
    /// notify is seen.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a lock of Hangfire's (the delayed-job and recurring schedulers', a recurring job's
    /// no-overlap lock) outlives a node that could not release it, the database having restarted
    /// under it. Hangfire's default is 10 minutes, during which no retry would be queued.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a node moves due jobs (retries after their wait, recurring runs) onto the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);
}
