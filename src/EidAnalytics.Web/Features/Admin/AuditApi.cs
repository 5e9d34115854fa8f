using System.Globalization;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary><c>GET /admin/audit.csv</c>: the log, or the part of it the audit page's filter asks for, every cell escaped against spreadsheet formulas.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/audit.csv", DownloadAsync).WithAccess(Access.Admin).ExcludeFromDescription();
        return app;
    }

    private static async Task DownloadAsync(HttpContext context, EidDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var (filter, _) = AuditFilter.Read(context.Request.Query);
        await audit.RecordAsync(AuditActions.Export, "audit log", detail: filter.ToQuery() is { Length: > 0 } query ? query : null, cancellationToken: cancellationToken);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"audit-log.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
        await writer.WriteAsync("occurred_at,user,action,target,organisation,ip_address,user_agent,detail\n");
        await foreach (var e in filter.Apply(db.AuditEvents.AsNoTracking()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(string.Join(',',
                e.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                ProblemReportCsv.Cell(e.UserName ?? ""), ProblemReportCsv.Cell(e.Action), ProblemReportCsv.Cell(e.Target),
                ProblemReportCsv.Cell(e.OrganisationCode ?? ""), ProblemReportCsv.Cell(e.IpAddress ?? ""),
                ProblemReportCsv.Cell(e.UserAgent ?? ""), ProblemReportCsv.Cell(e.Detail ?? "")) + "\n");
        }
    }
}
