namespace EidAnalytics.Web.Features.Briefings;

/// <summary>A printed briefing: the PDF and its page count.</summary>
public sealed record PrintedPdf(byte[] Bytes, int PageCount);
