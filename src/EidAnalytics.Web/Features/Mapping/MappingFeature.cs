namespace EidAnalytics.Web.Features.Mapping;

/// <summary>Mapping profiles: the built-in and saved ones, and the wizard that makes one from a council's file.</summary>
public static class MappingFeature
{
    public static WebApplicationBuilder AddMapping(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProfileCatalogue>();
        builder.Services.AddScoped<MappingWizard>();
        return builder;
    }
}
