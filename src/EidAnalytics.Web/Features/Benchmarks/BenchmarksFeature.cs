namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Benchmark reports of the nation, each region, type and family, as pages, downloads and PDFs.</summary>
public static class BenchmarksFeature
{
    public static WebApplicationBuilder AddBenchmarks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BenchmarkReportBuilder>();
        builder.Services.AddScoped<BenchmarkReportService>();
        return builder;
    }
}
