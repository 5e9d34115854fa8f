using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>A benchmark report: rendered as HTML for its page, and printed and stored by the <see cref="DocumentPipeline"/>.</summary>
public sealed class BenchmarkReportService(
    EidDbContext db, BenchmarkReportBuilder builder, ComponentHtml html, DocumentPipeline pipeline, TimeProvider clock)
{
    public async Task<string?> RenderHtmlAsync(ReportScope scope, CancellationToken cancellationToken) =>
        await builder.BuildAsync(scope, cancellationToken) is { } model ? await RenderHtmlAsync(model) : null;

    public Task<Guid?> RenderAsync(ReportScope scope, string requestKey, CancellationToken cancellationToken) =>
        pipeline.ProduceAsync($"benchmark report {scope.Scope}/{scope.Key}",
            async token => await db.BenchmarkReports.AsNoTracking()
                .Where(r => r.RequestKey == requestKey)
                .Select(r => new StoredDocument(r.Id, FileName(r.Scope, r.ScopeKey, r.SnapshotDate), r.Pdf))
                .FirstOrDefaultAsync(token),
            token => DraftAsync(scope, requestKey, token),
            cancellationToken);

    private async Task<DocumentDraft?> DraftAsync(ReportScope scope, string requestKey, CancellationToken cancellationToken)
    {
        if (await builder.BuildAsync(scope, cancellationToken) is not { } model)
        {
            return null;
        }
        var snapshot = model.WomenShare.Snapshot;
        return new DocumentDraft(await RenderHtmlAsync(model), FileName(scope.Scope, scope.Key, snapshot), async (pdf, token) =>
        {
            var report = new BenchmarkReport
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                Scope = scope.Scope,
                ScopeKey = scope.Key,
                SnapshotDate = snapshot,
                RequestKey = requestKey,
                RenderedAt = clock.GetUtcNow(),
                PageCount = pdf.PageCount,
                Pdf = pdf.Bytes,
            };
            db.BenchmarkReports.Add(report);
            return await db.SaveOrTakeStoredAsync(report.Id, db.BenchmarkReports.Where(r => r.RequestKey == requestKey).Select(r => r.Id), token);
        });
    }

    private Task<string> RenderHtmlAsync(BenchmarkReportModel model) =>
        html.RenderAsync<BenchmarkReportDocument>(new Dictionary<string, object?> { [nameof(BenchmarkReportDocument.Model)] = model });

    public static string FileName(string scope, string key, DateOnly snapshot) => $"benchmark-{scope}-{key}-{snapshot:yyyy-MM-dd}.pdf";
}
