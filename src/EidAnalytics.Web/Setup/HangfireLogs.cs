using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace EidAnalytics.Web.Setup;

/// <summary>
/// Hangfire's own log (servers starting, retries, storage faults) goes through one process-wide
/// provider, and its classes keep their loggers in static fields. Hangfire's default hands them the
/// logger factory of the service that configured it last, which fails once that service is
/// disposed while another runs on (the tests host many). This provider looks up, at each write,
/// the factory of the most recently started service still running; in a deployment that is simply
/// the one service.
/// </summary>
public sealed class HangfireLogs : ILogProvider
{
    public static readonly HangfireLogs Instance = new();

    private static readonly Lock Gate = new();
    private static readonly List<AspNetCoreLogProvider> Running = [];

    private HangfireLogs()
    {
    }

    /// <summary>Routes Hangfire's log to <paramref name="loggerFactory"/> until the service stops.</summary>
    public static void Attach(ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime)
    {
        var provider = new AspNetCoreLogProvider(loggerFactory);
        lock (Gate)
        {
            Running.Add(provider);
        }
        lifetime.ApplicationStopped.Register(() =>
        {
            lock (Gate)
            {
                Running.Remove(provider);
            }
        });
    }

    public ILog GetLogger(string name) => new RoutedLog(name);

    private sealed class RoutedLog(string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            AspNetCoreLogProvider? current;
            lock (Gate)
            {
                current = Running.LastOrDefault();
            }
            try
            {
                return current is not null && current.GetLogger(name).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false; // that service is stopping: its log is closed
            }
        }
    }
}
