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
        foreach (var format in new[] { "csv", "xlsx" })
        {
            app.MapGet($"/organisations/{{code}}/figures.{format}", (string code, long? dataset, OrganisationFiguresQuery query, AuditLog audit, CancellationToken ct) =>
                    DownloadAsync(code, format, dataset, query, audit, ct))
                .WithTags("Organisations")
                .WithName($"DownloadOrganisationFigures{format.ToUpperInvariant()}")
                .WithSummary($"The organisation's own figures of its latest dataset version (or ?dataset=ID), a row per scope and metric, as {format.ToUpperInvariant()}.")
                .WithAccess(Access.OrganisationMember);
        }
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string code, string format, long? dataset, OrganisationFiguresQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        if (figures is null)
        {
            return TypedResults.NotFound();
        }
        var name = $"figures-{figures.OrganisationCode}-{figures.Dataset.SnapshotDate:yyyy-MM-dd}";
        await audit.RecordAsync(AuditActions.Export, $"{name}.{format}", figures.OrganisationCode, cancellationToken: cancellationToken);
        return Comparisons.ComparisonsApi.Write(OwnFiguresTable.Build(figures.Metrics), format, name);
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
