using System.Net;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>A service whose database refuses to record an upload of a file called <see cref="FailingName"/>, as a failing database would.</summary>
public sealed class FailingInsertApp : EidApp
{
    public const string FailingName = "refused-by-the-database.csv";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<EidDbContext>(options => options.AddInterceptors(new RefuseUpload())));
    }

    private sealed class RefuseUpload : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<Upload>().Any(e => e.State == EntityState.Added && e.Entity.FileName == FailingName)
                ? throw new InvalidOperationException("the database is unavailable")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

/// <summary>When the service fails, the answer still carries the security headers, and no stored file is left behind.</summary>
public sealed class ServerErrorTests(FailingInsertApp app) : IClassFixture<FailingInsertApp>
{
    [Fact]
    public async Task A_server_error_keeps_the_security_headers_and_leaves_no_stored_file()
    {
        await app.AddOrganisationAsync("E09000751", "Failing Borough");
        var api = await app.ApiClientAsync("E09000751");

        using var response = await Extracts.PostAsync(api, "E09000751", Extracts.ItTeam("E09000751", 2, 6), FailingInsertApp.FailingName);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control {response.Headers.CacheControl}");
        Assert.Empty(Directory.Exists(app.StorageDirectory) ? Directory.GetFiles(app.StorageDirectory, "*", SearchOption.AllDirectories) : []);
    }
}
