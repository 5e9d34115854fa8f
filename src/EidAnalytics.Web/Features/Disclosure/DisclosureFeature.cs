using EidAnalytics.Core.Disclosure;

namespace EidAnalytics.Web.Features.Disclosure;

/// <summary>The one disclosure step: the published release every cross-council figure is read from.</summary>
public static class DisclosureFeature
{
    public static WebApplicationBuilder AddDisclosure(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ReleaseRefresh>();
        return builder;
    }
}
