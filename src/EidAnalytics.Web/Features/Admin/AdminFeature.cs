namespace EidAnalytics.Web.Features.Admin;

/// <summary>Administration: accounts, erasure of an organisation, and how long datasets are kept.</summary>
public static class AdminFeature
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OrganisationErasure>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
