namespace EidAnalytics.Web.Features.Samples;

/// <summary>What start-up work (loading samples, rendering their briefings) has done so far; read by <c>./eid up</c>.</summary>
public sealed class StartupProgress
{
    private volatile StartupReport _report = new(false, "Starting");

    public StartupReport Report => _report;

    public void Update(string summary) => _report = new(false, summary);

    public void Complete(string summary) => _report = new(true, summary);
}

public sealed record StartupReport(bool Ready, string Summary);
