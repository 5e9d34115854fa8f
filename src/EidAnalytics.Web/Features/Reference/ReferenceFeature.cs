namespace EidAnalytics.Web.Features.Reference;

/// <summary>The reference list of organisations, loaded from a file at start-up when one is configured, and its admin pages.</summary>
public static class ReferenceFeature
{
    public static WebApplicationBuilder AddReference(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReferenceOptions>().BindConfiguration(ReferenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<OrganisationSeeder>();
        builder.Services.AddHostedService<ReferenceDataLoader>();
        return builder;
    }
}
