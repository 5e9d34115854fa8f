namespace EidAnalytics.Web.Features.Comparisons;

/// <summary>Comparisons of councils, read from the published release.</summary>
public static class ComparisonsFeature
{
    public static WebApplicationBuilder AddComparisons(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ComparisonOptions>().BindConfiguration(ComparisonOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ComparisonData>();
        services.AddScoped<ComparisonBuilder>();
        return builder;
    }
}
