namespace EidAnalytics.Web.Data;

public sealed class Briefing
{
    public Guid Id { get; set; }
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long DatasetVersionId { get; set; }
    public DatasetVersion? DatasetVersion { get; set; }
    public required string RequestKey { get; set; }
    public DateTimeOffset RenderedAt { get; set; }
    public int PageCount { get; set; }
    public required byte[] Pdf { get; set; }
}
