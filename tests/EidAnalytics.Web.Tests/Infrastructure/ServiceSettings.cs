using System.Globalization;
using System.Security.Cryptography;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Settings for a <see cref="ServiceProcess"/> node: its database, file store, key and job server name.</summary>
public static class ServiceSettings
{
    /// <summary>
    /// The settings; <paramref name="invisibilityTimeout"/> is how long a killed node's job waits
    /// before another run takes it (Eid:Jobs:InvisibilityTimeout), null keeping the service's default
    /// for the tests that measure it.
    /// </summary>
    public static Dictionary<string, string> For(string connectionString, string folder, string instanceId, string? key = null, TimeSpan? invisibilityTimeout = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Eid"] = connectionString,
            ["Eid:Storage:Directory"] = Path.Combine(folder, "files"),
            ["Eid:Pseudonymisation:Key"] = key ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Eid:Jobs:InstanceId"] = instanceId,
            ["Eid:RateLimits:SignInsPerMinute"] = "100000",
            ["Eid:RateLimits:UploadsPerMinute"] = "100000",
        };
        if (invisibilityTimeout is { } timeout)
        {
            settings["Eid:Jobs:InvisibilityTimeout"] = timeout.ToString("c", CultureInfo.InvariantCulture);
        }
        return settings;
    }
}
