using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Features.Organisations;
using EidAnalytics.Web.Features.Samples;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddEidDatabase();
builder.AddEidJobs();
builder.AddEidFeatures();
builder.AddEidWeb();
builder.AddEidAccess();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseEidWeb();
app.MapUploadsApi();
app.MapOrganisationsApi();
app.MapBriefingsApi();
app.MapComparisonsApi();
app.MapBenchmarksApi();
app.MapStartupApi();
app.MapEidHealth();
app.MapRazorPages();
await app.RunAsync();

/// <summary>The web host's entry point; public so the integration tests can start it.</summary>
public partial class Program;
