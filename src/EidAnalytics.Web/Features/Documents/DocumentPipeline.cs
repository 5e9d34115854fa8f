using EidAnalytics.Web.Features.Briefings;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Documents;

/// <summary>
/// The one path of every printed document (briefings, benchmark reports): the stored copy of the
/// request if there is one, else render once → print → store; then export to the export folder
/// (reports/ under ./eid up). A request key is rendered at most once: a retried or duplicated job
/// finds the stored document.
/// </summary>
public sealed class DocumentPipeline(BriefingPrinter printer, IOptions<BriefingOptions> options, TimeProvider clock, ILogger<DocumentPipeline> logger)
{
    /// <param name="document">What is printed, for the log.</param>
    /// <param name="findStored">The document already stored for this request, if any.</param>
    /// <param name="draft">Renders the document's HTML; null when there is nothing to print (no data).</param>
    /// <param name="cancellationToken">Stops the run (the service stopping); the job runs again later.</param>
    public async Task<Guid?> ProduceAsync(
        string document,
        Func<CancellationToken, Task<StoredDocument?>> findStored,
        Func<CancellationToken, Task<DocumentDraft?>> draft,
        CancellationToken cancellationToken)
    {
        if (await findStored(cancellationToken) is { } stored)
        {
            // Exported again: storing and exporting are two steps, and a run stopped between them is
            // retried into this branch, which must still leave the file in the export folder.
            Export(stored.FileName, stored.Pdf);
            return stored.Id;
        }
        var started = clock.GetTimestamp();
        if (await draft(cancellationToken) is not { } rendered)
        {
            logger.LogWarning("Nothing to print for the {Document}: no data", document);
            return null;
        }
        var pdf = await printer.PrintAsync(rendered.Html, cancellationToken);
        var id = await rendered.StoreAsync(pdf, cancellationToken);
        Export(rendered.FileName, pdf.Bytes);
        logger.LogInformation("The {Document} printed in {ElapsedMs:F0} ms ({PageCount} pages) and stored as {DocumentId}",
            document, clock.GetElapsedTime(started).TotalMilliseconds, pdf.PageCount, id);
        return id;
    }

    private void Export(string fileName, byte[] pdf) => options.Value.Export(fileName, pdf);
}
