using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>
/// Renders an organisation's latest figures as the briefing page, prints it to PDF and stores it.
/// A request key is rendered at most once: a retried or duplicated job finds the stored briefing.
/// </summary>
public sealed class BriefingService(
    EidDbContext db,
    OrganisationFiguresQuery figuresQuery,
    BriefingHtml html,
    BriefingPrinter printer,
    IOptions<BriefingOptions> options,
    TimeProvider clock,
    ILogger<BriefingService> logger)
{
    public async Task<Guid?> RenderAsync(string organisationCode, string requestKey, CancellationToken cancellationToken)
    {
        var existing = await db.Briefings.AsNoTracking()
            .Where(b => b.RequestKey == requestKey)
            .Select(b => new { b.Id, b.Pdf, b.DatasetVersion!.SnapshotDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            options.Value.Export(FileName(organisationCode, existing.SnapshotDate), existing.Pdf);
            return existing.Id;
        }

        var figures = await figuresQuery.LoadAsync(organisationCode, null, cancellationToken);
        if (figures is null)
        {
            logger.LogWarning("No data for {OrganisationCode}; no briefing rendered", organisationCode);
            return null;
        }
        var started = clock.GetTimestamp();
        var document = await html.RenderAsync(figures);
        var pdf = await printer.PrintAsync(document, cancellationToken);
        var briefing = new Briefing
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = figures.OrganisationId,
            DatasetVersionId = figures.Dataset.Id,
            RequestKey = requestKey,
            RenderedAt = clock.GetUtcNow(),
            PageCount = pdf.PageCount,
            Pdf = pdf.Bytes,
        };
        db.Briefings.Add(briefing);
        var stored = await db.SaveOrTakeStoredAsync(briefing.Id, db.Briefings.Where(b => b.RequestKey == requestKey).Select(b => b.Id), cancellationToken);
        if (stored != briefing.Id)
        {
            return stored;
        }
        options.Value.Export(FileName(organisationCode, figures.Dataset.SnapshotDate), pdf.Bytes);
        logger.LogInformation("Briefing {BriefingId} for {OrganisationCode} rendered in {ElapsedMs:F0} ms ({PageCount} pages)",
            briefing.Id, organisationCode, clock.GetElapsedTime(started).TotalMilliseconds, pdf.PageCount);
        return briefing.Id;
    }

    public static string FileName(string organisationCode, DateOnly snapshotDate) =>
        $"{organisationCode}-{snapshotDate:yyyy-MM-dd}-briefing.pdf";
}
