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
using EidAnalytics.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddEidDatabase();
builder.AddEidJobs();
builder.AddEidWeb();
// Start-up work runs in the order registered: the reference list before the accounts, as the demo
// uploader and viewer belong to a listed organisation.
builder.AddReference();
builder.AddAccounts();
builder.AddUploads();
builder.AddMapping();
builder.AddOrganisations();
builder.AddDocuments();
builder.AddBriefings();
builder.AddCharts();
builder.AddDisclosure();
builder.AddComparisons();
builder.AddBenchmarks();
builder.AddAdmin();
builder.AddSamples();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseEidWeb();
app.MapUploadsApi();
app.MapOrganisationsApi();
app.MapBriefingsApi();
app.MapComparisonsApi();
app.MapBenchmarksApi();
app.MapStartupApi();
app.MapAuditApi();
app.MapEidHealth();
app.MapJobsDashboard();
app.MapRazorPages().Add(AccessConventions.Apply);
await app.RunAsync();

/// <summary>The web host's entry point; public so the integration tests can start it.</summary>
public partial class Program;
