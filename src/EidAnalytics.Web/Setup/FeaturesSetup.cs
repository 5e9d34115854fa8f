using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Admin;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Charts;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Features.Disclosure;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Features.Mapping;
using EidAnalytics.Web.Features.Organisations;
using EidAnalytics.Web.Features.Reference;
using EidAnalytics.Web.Features.Samples;
using EidAnalytics.Web.Features.Uploads;

namespace EidAnalytics.Web.Setup;

public static class FeaturesSetup
{
    /// <summary>The features' options (validated at start) and services.</summary>
    public static WebApplicationBuilder AddEidFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<MetricOptions>().BindConfiguration("Eid:Metrics");

        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PseudonymisationOptions>().BindConfiguration(PseudonymisationOptions.Section)
            .Validate(o => o.ReadKey().Length > 0).ValidateOnStart();
        services.AddSingleton<Pseudonymiser>();
        services.AddSingleton<ExtractFileStore>();
        services.AddScoped<UploadReceiver>();
        services.AddScoped<ExtractIngestion>();
        services.AddScoped<ProfileCatalogue>();
        services.AddScoped<MappingWizard>();

        services.AddScoped<OrganisationFiguresQuery>();

        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BriefingPrinter>();
        services.AddScoped<DocumentPipeline>();
        services.AddScoped<ComponentHtml>();
        services.AddScoped<BriefingHtml>();
        services.AddScoped<BriefingService>();

        services.AddScoped<AuditLog>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<OrganisationErasure>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccountSeedingOptions>().BindConfiguration(AccountSeedingOptions.Section);

        services.AddOptions<ReferenceOptions>().BindConfiguration(ReferenceOptions.Section);
        services.AddScoped<OrganisationSeeder>();
        services.AddHostedService<ReferenceDataLoader>();
        // After the reference list: the demo uploader and viewer belong to a listed organisation.
        services.AddHostedService<AccountSeeding>();

        services.AddMemoryCache();
        services.AddSingleton<RenderedCharts>();
        services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ComparisonOptions>().BindConfiguration(ComparisonOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReleaseRefresh>();
        services.AddScoped<ComparisonData>();
        services.AddScoped<ComparisonBuilder>();
        services.AddScoped<BenchmarkReportBuilder>();
        services.AddScoped<BenchmarkReportService>();

        services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.Section);
        services.AddSingleton<StartupProgress>();
        services.AddHostedService<SampleLoader>();
        return builder;
    }
}
