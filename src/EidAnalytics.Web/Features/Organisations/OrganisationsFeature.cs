using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Setup;

namespace EidAnalytics.Web.Features.Organisations;

/// <summary>An organisation's own figures: the dashboard and its API, and the settings that change a figure.</summary>
public static class OrganisationsFeature
{
    public static WebApplicationBuilder AddOrganisations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricOptions>().BindConfiguration("Eid:Metrics").ValidateBy(o => o.Problems());
        builder.Services.AddScoped<OrganisationFiguresQuery>();
        return builder;
    }
}
