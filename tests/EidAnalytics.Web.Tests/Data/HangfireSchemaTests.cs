using EidAnalytics.Web.Tests.Infrastructure;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace EidAnalytics.Web.Tests.Data;

/// <summary>
/// Migration 0008 carries Hangfire.PostgreSql's schema so that the service needs no DDL rights. It
/// must be exactly what the package's own installer makes: after an upgrade of the package that
/// changes its schema, this fails until a migration brings the difference.
/// </summary>
public sealed class HangfireSchemaTests
{
    private const string Describe = """
        select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
          from information_schema.columns where table_schema = 'hangfire'
        union all
        select 'index ' || indexdef from pg_indexes where schemaname = 'hangfire'
        union all
        select 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(c.oid)
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'hangfire'
        union all
        select 'sequence ' || sequence_name || ' ' || data_type || ' ' || maximum_value from information_schema.sequences where sequence_schema = 'hangfire'
        union all
        select 'version ' || version from hangfire."schema"
        order by 1
        """;

    [Fact]
    public async Task The_migrated_hangfire_schema_is_what_the_package_installs_itself()
    {
        var migrated = await TestDatabase.CreateAsync();
        var installed = await TestDatabase.CreateEmptyAsync();
        try
        {
            // The package's installer runs when its storage is made with PrepareSchemaIfNecessary.
            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
            _ = new PostgreSqlStorage(new NpgsqlConnectionFactory(installed, options), options);

            var expected = await DescribeAsync(installed);
            Assert.Contains("version 23", expected);
            Assert.Equal(expected, await DescribeAsync(migrated));
        }
        finally
        {
            await TestDatabase.DropAsync(migrated);
            await TestDatabase.DropAsync(installed);
        }
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Describe, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
