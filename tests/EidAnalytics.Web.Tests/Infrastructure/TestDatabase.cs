using EidAnalytics.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>
/// Databases on the private test PostgreSQL that <c>./eid test</c> starts (EID_TEST_DATABASE).
/// The migrations are applied once to a template; each test class gets its own copy of it, which
/// PostgreSQL makes in milliseconds.
/// </summary>
public static class TestDatabase
{
    private const string TemplateName = "eid_test_template";

    /// <summary>The password tests give the application's role, eid_app (made by migration 0005).</summary>
    private const string AppRolePassword = "eid-app-test-password";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("EID_TEST_DATABASE")
        ?? throw new InvalidOperationException("EID_TEST_DATABASE is not set: run the tests with ./eid test, which starts a private PostgreSQL for them.");

    /// <summary>Creates a fresh, migrated database and returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        await EnsureTemplateAsync();
        var name = $"eid_test_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"create database \"{name}\" template \"{TemplateName}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>An empty database with nothing applied, for the migration tests.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = $"eid_test_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"create database \"{name}\"");
        return ConnectionStringFor(name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"drop database if exists \"{name}\" with (force)");
    }

    public static async Task MigrateAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    private static async Task EnsureTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
            {
                return;
            }
            await ExecuteAdminAsync($"drop database if exists \"{TemplateName}\" with (force)");
            await ExecuteAdminAsync($"create database \"{TemplateName}\"");
            var template = ConnectionStringFor(TemplateName);
            await MigrateAsync(template);
            await ExecuteAdminAsync($"alter role eid_app login password '{AppRolePassword}'");
            // A template must have no open connections when it is copied.
            NpgsqlConnection.ClearAllPools();
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>The same database as the application's role: what the service itself connects as.</summary>
    public static string AsApplication(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = "eid_app", Password = AppRolePassword }.ConnectionString;

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
