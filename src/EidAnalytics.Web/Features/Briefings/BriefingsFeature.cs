namespace EidAnalytics.Web.Features.Briefings;

/// <summary>Briefings: their HTML from Razor components, and Chromium, which prints them and the benchmark reports.</summary>
public static class BriefingsFeature
{
    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BriefingPrinter>();
        services.AddScoped<ComponentHtml>();
        services.AddScoped<BriefingHtml>();
        services.AddScoped<BriefingService>();
        return builder;
    }
}
