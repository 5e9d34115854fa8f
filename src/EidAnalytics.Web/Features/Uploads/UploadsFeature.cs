namespace EidAnalytics.Web.Features.Uploads;

/// <summary>Receiving extracts, storing them pseudonymised, and checking and loading them in a job.</summary>
public static class UploadsFeature
{
    public static WebApplicationBuilder AddUploads(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PseudonymisationOptions>().BindConfiguration(PseudonymisationOptions.Section)
            .Validate(o => o.ReadKey().Length > 0).ValidateOnStart();
        services.AddSingleton<Pseudonymiser>();
        services.AddSingleton<ExtractFileStore>();
        services.AddScoped<UploadReceiver>();
        services.AddScoped<ExtractIngestion>();
        return builder;
    }
}
