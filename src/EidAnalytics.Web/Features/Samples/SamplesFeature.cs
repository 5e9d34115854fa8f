namespace EidAnalytics.Web.Features.Samples;

/// <summary>The sample councils loaded at start-up when asked (./eid up), with the progress page.</summary>
public static class SamplesFeature
{
    public static WebApplicationBuilder AddSamples(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<StartupProgress>();
        builder.Services.AddHostedService<SampleLoader>();
        return builder;
    }
}
