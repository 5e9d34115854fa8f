using EidAnalytics.Web.Features.Briefings;

namespace EidAnalytics.Web.Features.Documents;

/// <summary>A document rendered as HTML and ready to print; <see cref="StoreAsync"/> stores the printed PDF under the request (once) and returns the stored id.</summary>
public sealed record DocumentDraft(string Html, string FileName, Func<PrintedPdf, CancellationToken, Task<Guid>> StoreAsync);
