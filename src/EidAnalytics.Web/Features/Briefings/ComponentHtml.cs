using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Renders a Razor component to a whole HTML document: the pages Chromium prints (briefings, benchmark reports).</summary>
public sealed class ComponentHtml(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            "<!DOCTYPE html>\n" + (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
