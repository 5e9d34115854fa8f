namespace EidAnalytics.Web.Features.Documents;

/// <summary>A document already stored for a request: its id, the name it is exported under, and its PDF.</summary>
public sealed record StoredDocument(Guid Id, string FileName, byte[] Pdf);
