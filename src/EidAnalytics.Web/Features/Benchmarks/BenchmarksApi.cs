using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Comparisons;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Benchmark reports as HTML pages, their figures as CSV/XLSX/JSON, and stored PDFs.</summary>
public static class BenchmarksApi
{
    public static IEndpointRouteBuilder MapBenchmarksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/benchmarks/{scope}/{key}", GetPageAsync)
            .WithTags("Benchmarks").WithName("GetBenchmarkReport")
            .WithSummary("A benchmark report (scope national/all, region/{slug}, type/{type} or family/{number}) as the HTML page that is printed to PDF.")
            .WithMetadata(new CrossOrganisationAttribute())
            .WithAccess(Access.SignedIn);
        foreach (var format in new[] { "csv", "xlsx", "json" })
        {
            app.MapGet($"/benchmarks/{{scope}}/{{key}}/figures.{format}", (string scope, string key, BenchmarkReportBuilder builder, ComparisonData data, AuditLog audit, CancellationToken ct) =>
                    GetFiguresAsync(scope, key, format, builder, data, audit, ct))
                .WithTags("Benchmarks").WithName($"GetBenchmarkFigures{format.ToUpperInvariant()}")
                .WithSummary($"The report's figures for every comparable metric as {format.ToUpperInvariant()}, in Fingertips' columns, disclosure-controlled.")
                .WithMetadata(new CrossOrganisationAttribute())
            .WithAccess(Access.SignedIn);
        }
        app.MapGet("/benchmark-reports/{id:guid}/pdf", GetPdfAsync)
            .WithTags("Benchmarks").WithName("GetBenchmarkReportPdf")
            .WithSummary("A stored benchmark report PDF (its content is checked by the printed-report disclosure test).")
            .WithAccess(Access.SignedIn);
        return app;
    }

    private static async Task<IResult> GetPageAsync(string scope, string key, BenchmarkReportService reports, ComparisonData data, CancellationToken cancellationToken) =>
        ReportScope.Find(scope, key, await data.FamiliesAsync(cancellationToken)) is { } found && await reports.RenderHtmlAsync(found, cancellationToken) is { } html
            ? TypedResults.Content(html, "text/html; charset=utf-8")
            : TypedResults.NotFound();

    private static async Task<IResult> GetFiguresAsync(
        string scope, string key, string format, BenchmarkReportBuilder builder, ComparisonData data, AuditLog audit, CancellationToken cancellationToken)
    {
        if (ReportScope.Find(scope, key, await data.FamiliesAsync(cancellationToken)) is not { } found || await builder.FiguresAsync(found, cancellationToken) is not { } table)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(AuditActions.Export, $"benchmark-{scope}-{key}.{format}", cancellationToken: cancellationToken);
        return ComparisonsApi.Write(table, format, $"benchmark-{scope}-{key}");
    }

    private static async Task<IResult> GetPdfAsync(Guid id, EidDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var report = await db.BenchmarkReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is not null)
        {
            await audit.RecordAsync(AuditActions.Download, $"benchmark report {id}", cancellationToken: cancellationToken);
        }
        return report is null
            ? TypedResults.NotFound()
            : TypedResults.File(report.Pdf, "application/pdf", BenchmarkReportService.FileName(report.Scope, report.ScopeKey, report.SnapshotDate));
    }
}
