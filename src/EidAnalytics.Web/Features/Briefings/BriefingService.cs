using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>An organisation's briefing: its latest figures (or a chosen dataset's) as the briefing page, printed and stored by the <see cref="DocumentPipeline"/>.</summary>
public sealed class BriefingService(
    EidDbContext db,
    OrganisationFiguresQuery figuresQuery,
    BriefingHtml html,
    DocumentPipeline pipeline,
    TimeProvider clock)
{
    public Task<Guid?> RenderAsync(string organisationCode, long? datasetVersionId, string requestKey, CancellationToken cancellationToken) =>
        pipeline.ProduceAsync($"briefing for {organisationCode}",
            async token => await db.Briefings.AsNoTracking()
                .Where(b => b.RequestKey == requestKey)
                .Select(b => new StoredDocument(b.Id, FileName(b.Organisation!.Code, b.DatasetVersion!.SnapshotDate), b.Pdf))
                .FirstOrDefaultAsync(token),
            token => DraftAsync(organisationCode, datasetVersionId, requestKey, token),
            cancellationToken);

    private async Task<DocumentDraft?> DraftAsync(string organisationCode, long? datasetVersionId, string requestKey, CancellationToken cancellationToken)
    {
        if (await figuresQuery.LoadAsync(organisationCode, datasetVersionId, cancellationToken) is not { } figures)
        {
            return null;
        }
        return new DocumentDraft(await html.RenderAsync(figures), FileName(organisationCode, figures.Dataset.SnapshotDate), async (pdf, token) =>
        {
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
            return await db.SaveOrTakeStoredAsync(briefing.Id, db.Briefings.Where(b => b.RequestKey == requestKey).Select(b => b.Id), token);
        });
    }

    public static string FileName(string organisationCode, DateOnly snapshotDate) =>
        $"{organisationCode}-{snapshotDate:yyyy-MM-dd}-briefing.pdf";
}
