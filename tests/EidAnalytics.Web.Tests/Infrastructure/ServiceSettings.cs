using System.Security.Cryptography;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Settings for a <see cref="ServiceProcess"/> node: its database, file store, key and cluster name.</summary>
public static class ServiceSettings
{
    public static Dictionary<string, string> For(string connectionString, string folder, string instanceId, string? key = null) => new()
    {
        ["ConnectionStrings:Eid"] = connectionString,
        ["Eid:Storage:Directory"] = Path.Combine(folder, "files"),
        ["Eid:Pseudonymisation:Key"] = key ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Eid:Jobs:InstanceId"] = instanceId,
        // Fault tests wait for failover: a short check-in makes a dead node's jobs move in seconds.
        ["Eid:Jobs:ClusterCheckinInterval"] = "00:00:01",
        ["Eid:RateLimits:SignInsPerMinute"] = "100000",
        ["Eid:RateLimits:UploadsPerMinute"] = "100000",
    };
}
