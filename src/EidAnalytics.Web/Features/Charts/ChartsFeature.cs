namespace EidAnalytics.Web.Features.Charts;

/// <summary>Charts drawn once per chart model and kept in memory.</summary>
public static class ChartsFeature
{
    public static WebApplicationBuilder AddCharts(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<RenderedCharts>();
        return builder;
    }
}
