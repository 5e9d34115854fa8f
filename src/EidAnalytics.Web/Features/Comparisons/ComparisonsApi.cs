using System.Text.Json;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Web.Features.Accounts;

namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>A comparison's figures as CSV, XLSX or JSON, in Fingertips' columns, after disclosure control.</summary>
public static class ComparisonsApi
{
    public static IEndpointRouteBuilder MapComparisonsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/comparisons/figures.csv", (HttpRequest request, ComparisonBuilder builder, AuditLog audit, CancellationToken ct) => DownloadAsync(request, builder, audit, "csv", ct))
            .WithTags("Comparisons").WithName("DownloadComparisonCsv")
            .WithSummary("The comparison's figures (same query string as /comparisons) as CSV, disclosure-controlled.")
            .WithMetadata(new CrossOrganisationAttribute())
            .WithAccess(Access.SignedIn);
        app.MapGet("/comparisons/figures.xlsx", (HttpRequest request, ComparisonBuilder builder, AuditLog audit, CancellationToken ct) => DownloadAsync(request, builder, audit, "xlsx", ct))
            .WithTags("Comparisons").WithName("DownloadComparisonXlsx")
            .WithSummary("The comparison's figures as an XLSX workbook, disclosure-controlled.")
            .WithMetadata(new CrossOrganisationAttribute())
            .WithAccess(Access.SignedIn);
        app.MapGet("/api/comparisons", (HttpRequest request, ComparisonBuilder builder, AuditLog audit, CancellationToken ct) => DownloadAsync(request, builder, audit, "json", ct))
            .WithTags("Comparisons").WithName("GetComparison")
            .WithSummary("The comparison's figures as JSON rows keyed by the Fingertips column names; suppressed values are \"[c]\".")
            .WithMetadata(new CrossOrganisationAttribute())
            .WithAccess(Access.SignedIn);
        return app;
    }

    /// <summary>Reads the same query string as the comparison page.</summary>
    public static ComparisonRequest Read(IQueryCollection query) => new(
        query["metric"].FirstOrDefault(),
        // The form without scripts sends a peer group as set=peers&subject=CODE; links say set=peers:CODE.
        query["set"].FirstOrDefault() is "peers" && query["subject"].FirstOrDefault() is { Length: > 0 } subject ? $"peers:{subject}" : query["set"].FirstOrDefault(),
        query["orgs"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        int.TryParse(query["k"], System.Globalization.CultureInfo.InvariantCulture, out var k) ? k : null,
        query["benchmark"].FirstOrDefault(),
        DateOnly.TryParseExact(query["snapshot"], "yyyy-MM-dd", out var snapshot) ? snapshot : null,
        TargetPercent(query["target"].FirstOrDefault()) is { } percent ? percent / 100 : null);

    /// <summary>The target share as the query gives it, a percentage from 1 to 100; null when it is absent or not one.</summary>
    public static double? TargetPercent(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
            && percent is >= 1 and <= 100 ? percent : null;

    private static async Task<IResult> DownloadAsync(HttpRequest request, ComparisonBuilder builder, AuditLog audit, string format, CancellationToken cancellationToken)
    {
        var comparison = await builder.BuildAsync(Read(request.Query), cancellationToken);
        if (comparison is null)
        {
            return TypedResults.NotFound();
        }
        var trends = await builder.TrendsAsync(comparison, cancellationToken);
        var table = FingertipsTable.Build(Rows(comparison, trends));
        var name = $"comparison-{comparison.Metric.Id}-{comparison.Snapshot:yyyy-MM-dd}";
        await audit.RecordAsync(AuditActions.Export, $"{name}.{format}", detail: request.QueryString.Value, cancellationToken: cancellationToken);
        return Write(table, format, name);
    }

    /// <summary>The table as a file (csv, xlsx) or JSON rows; shared with the benchmark reports' downloads.</summary>
    public static IResult Write(DownloadTable table, string format, string name)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "csv":
                Downloads.WriteCsv(buffer, table);
                return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name + ".csv");
            case "xlsx":
                Downloads.WriteXlsx(buffer, table, "Figures");
                return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            default:
                return TypedResults.Json(table.Rows.Select(row => table.Columns.Zip(row).ToDictionary(c => c.First, c => Downloads.JsonValue(c.Second))),
                    new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
    }

    private static IEnumerable<FigureRow> Rows(Comparison comparison, IReadOnlyList<TrendRow> trends)
    {
        foreach (var (row, trend) in comparison.Rows.Zip(trends))
        {
            yield return new FigureRow(comparison.Metric, row.Organisation.Code, row.Organisation.Name, OrganisationTypes.Name(row.Organisation.Type),
                comparison.Snapshot, row.Figure, comparison.Benchmark.Name, comparison.Benchmark.Value, trend.Trend,
                TrendSuppressed: row.Figure is not null && trend.Trend is null);
        }
        yield return new FigureRow(comparison.Metric, "", $"Total: {comparison.SetName}", "Set", comparison.Snapshot, comparison.SetTotal,
            comparison.Benchmark.Name, comparison.Benchmark.Value, null, false);
    }
}
