using System.Data.Common;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EidAnalytics.Web.Setup;

public static class DatabaseSetup
{
    /// <summary>
    /// One Npgsql data source for EF Core, the bulk loads and Hangfire's job storage. The connection
    /// string is ConnectionStrings:Eid, or EID_DATABASE: it should name the application's role
    /// (eid_app), which reads and writes rows and owns nothing. Migrations run with
    /// ConnectionStrings:EidOwner, the schema owner's, when it is set.
    /// </summary>
    public static WebApplicationBuilder AddEidDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Eid")
            ?? builder.Configuration["EID_DATABASE"]
            ?? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Eid (or EID_DATABASE) to a PostgreSQL connection string, or start the service with ./eid up.");
        var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
        dataSourceBuilder.ConnectionStringBuilder.ApplicationName ??= "eidanalytics";
        var dataSource = dataSourceBuilder.Build();
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton<DbDataSource>(dataSource);
        builder.Services.AddDbContext<EidDbContext>(options => options.UseNpgsql(dataSource));
        var ownerConnectionString = builder.Configuration.GetConnectionString("EidOwner");
        builder.Services.AddSingleton(services => new DatabaseMigrator(
            ownerConnectionString is null ? dataSource : NpgsqlDataSource.Create(ownerConnectionString),
            services.GetRequiredService<ILogger<DatabaseMigrator>>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>Brings the schema up to date before anything else touches the database.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
}
