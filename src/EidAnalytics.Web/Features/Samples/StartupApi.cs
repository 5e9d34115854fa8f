using EidAnalytics.Web.Features.Accounts;

namespace EidAnalytics.Web.Features.Samples;

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
