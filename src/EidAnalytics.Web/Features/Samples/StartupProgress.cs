using EidAnalytics.Web.Features.Accounts;
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

public static class StartupApi
{
    public static IEndpointRouteBuilder MapStartupApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/startup", (StartupProgress progress) => TypedResults.Ok(progress.Report))
            .WithTags("Service")
            .WithName("GetStartupProgress")
            .WithSummary("Whether start-up work (sample data and its briefings) has finished.")
            .WithAccess(Access.Anyone);
        return app;
    }
}
