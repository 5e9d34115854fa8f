using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>The briefing page (the HTML that is printed) and stored PDFs.</summary>
public static class BriefingsApi
{
    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations/{code}/briefing", GetPageAsync)
            .WithTags("Briefings")
            .WithName("GetBriefingPage")
            .WithSummary("The organisation's briefing for its latest dataset (or ?dataset=ID), as the HTML page that is printed to PDF.")
            .ExcludeFromDescription()
            .WithAccess(Access.OrganisationMember);
        app.MapGet("/briefings/{id:guid}/pdf", GetPdfAsync)
            .WithTags("Briefings")
            .WithName("GetBriefingPdf")
            .WithSummary("A stored briefing PDF.")
            .WithAccess(Access.OrganisationMember);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetPageAsync(
        string code, long? dataset, OrganisationFiguresQuery query, BriefingHtml html, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(code, dataset, cancellationToken);
        return figures is null ? TypedResults.NotFound() : TypedResults.Content(await html.RenderAsync(figures), "text/html; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetPdfAsync(Guid id, EidDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var briefing = await db.Briefings.AsNoTracking()
            .Where(b => b.Id == id)
            .Select(b => new { b.Pdf, b.Organisation!.Code, b.DatasetVersion!.SnapshotDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (briefing is null)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(AuditActions.Download, $"briefing {id}", briefing.Code, cancellationToken: cancellationToken);
        return TypedResults.File(briefing.Pdf, "application/pdf", BriefingService.FileName(briefing.Code, briefing.SnapshotDate));
    }
}
