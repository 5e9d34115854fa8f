using System.Text.Json;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary><c>GET /api/organisations/{code}/metrics</c>: the latest dataset's figures in the CLI's JSON (DESIGN §9).</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organisations/{code}/metrics", GetMetricsAsync)
            .WithTags("Organisations")
            .WithName("GetOrganisationMetrics")
            .WithSummary("Every metric of the organisation's latest dataset version (or ?dataset=ID), per scope, as DESIGN §9's JSON.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithAccess(Access.OrganisationMember);
        return app;
    }

    private static async Task<Results<PushStreamHttpResult, NotFound>> GetMetricsAsync(
        string code, long? dataset, OrganisationFiguresQuery query, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        if (figures is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Stream(async stream =>
        {
            await using var writer = new Utf8JsonWriter(stream);
            MetricsJson.Write(writer, [figures.Metrics]);
            await writer.FlushAsync(cancellationToken);
        }, "application/json");
    }
}
