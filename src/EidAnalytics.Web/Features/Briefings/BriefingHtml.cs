using EidAnalytics.Web.Features.Organisations;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Renders <see cref="BriefingDocument"/> to HTML: what the site serves at /organisations/{code}/briefing and what Chromium prints.</summary>
public sealed class BriefingHtml(ComponentHtml html)
{
    public Task<string> RenderAsync(OrganisationFigures figures) =>
        html.RenderAsync<BriefingDocument>(new Dictionary<string, object?> { [nameof(BriefingDocument.Figures)] = figures });
}
