using System.Security.Cryptography;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>
/// The real web host on its own fresh database, file store and pseudonymisation key, with the
/// Hangfire job server running on the database. One per test class (IClassFixture).
/// Set <see cref="WithKestrel"/> for browser tests, which need a real socket.
/// </summary>
public class EidApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("eid-test-").FullName;

    public string ConnectionString { get; private set; } = "";

    public string StorageDirectory => Path.Combine(_root, "files");

    public string ExportDirectory => Path.Combine(_root, "reports");

    protected virtual bool WithKestrel => false;

    /// <summary>Extra settings a test class needs (configuration keys with ':').</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateAsync();
        if (WithKestrel)
        {
            UseKestrel(0);
            StartServer();
        }
    }

    /// <summary>The address of the real server (browser tests).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The service runs as eid_app, as deployed: every test then also proves it needs no more rights.
        builder.UseSetting("ConnectionStrings:Eid", TestDatabase.AsApplication(ConnectionString));
        builder.UseSetting("ConnectionStrings:EidOwner", ConnectionString);
        builder.UseSetting("Eid:Storage:Directory", StorageDirectory);
        builder.UseSetting("Eid:Pseudonymisation:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Eid:Briefings:ExportDirectory", ExportDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from the same address; the limits themselves have their own test.
        builder.UseSetting("Eid:RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("Eid:RateLimits:UploadsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A DbContext on this app's database, for arranging and checking rows.</summary>
    public EidDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<EidDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<Organisation> AddOrganisationAsync(string code, string name)
    {
        await using var db = CreateDbContext();
        var organisation = new Organisation { Code = code, Name = name };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>Publishes a new release now, as the refresh job would after the changes a test made behind the service's back.</summary>
    public async Task RefreshReleasesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var refresh = scope.ServiceProvider.GetRequiredService<Features.Disclosure.ReleaseRefresh>();
        await refresh.RequestAsync(CancellationToken.None);
        await refresh.RefreshAsync(CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
        Directory.Delete(_root, recursive: true);
    }
}
