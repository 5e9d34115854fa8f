using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Setup;

/// <summary>The job scheduler (section Eid:Jobs).</summary>
public sealed class JobOptions
{
    public const string Section = "Eid:Jobs";

    /// <summary>
    /// This node's name in the Quartz cluster. It must differ between nodes sharing a database and
    /// stay the same across restarts of one node: a node that restarts under its own name at once
    /// takes back the jobs it was running when it stopped. Defaults to the machine name.
    /// </summary>
    public string InstanceId { get; set; } = Environment.MachineName;

    /// <summary>How many jobs (ingests, briefings) one node runs at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>How often a node tells the cluster it is alive; a node silent for longer than this (plus a margin) is presumed dead and its jobs recovered.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
