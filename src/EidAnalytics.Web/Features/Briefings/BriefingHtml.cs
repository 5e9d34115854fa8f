using EidAnalytics.Web.Features.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Renders <see cref="BriefingDocument"/> to HTML: what the site serves at /organisations/{code}/briefing and what Chromium prints.</summary>
public sealed class BriefingHtml(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync(OrganisationFigures figures)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(BriefingDocument.Figures)] = figures });
            var output = await renderer.RenderComponentAsync<BriefingDocument>(parameters);
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });
    }
}
