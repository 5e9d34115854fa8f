using EidAnalytics.Web.Data;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace EidAnalytics.Web.Tests.Data;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_a_second_run_changes_nothing()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync();
        try
        {
            await TestDatabase.MigrateAsync(connectionString);
            var first = await AppliedAsync(connectionString);
            await TestDatabase.MigrateAsync(connectionString);
            var second = await AppliedAsync(connectionString);

            Assert.Equal(DatabaseMigrator.Scripts().Select(s => s.Version), first);
            Assert.Equal(first, second);
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task Every_entity_property_maps_to_a_column_of_the_migrated_schema_with_the_same_nullability()
    {
        var connectionString = await TestDatabase.CreateAsync();
        try
        {
            var columns = await ColumnsAsync(connectionString);
            await using var db = new EidDbContext(new DbContextOptionsBuilder<EidDbContext>().UseNpgsql(connectionString).Options);
            var mismatches = new List<string>();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                var table = entity.GetTableName()!;
                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var column = property.GetColumnName(store)!;
                    if (!columns.TryGetValue((table, column), out var nullable))
                    {
                        mismatches.Add($"{table}.{column} is mapped but not in the schema");
                    }
                    else if (nullable != property.IsColumnNullable(store))
                    {
                        mismatches.Add($"{table}.{column}: schema nullable={nullable}, model nullable={property.IsColumnNullable(store)}");
                    }
                }
                var mapped = entity.GetProperties().Select(p => p.GetColumnName(store)).ToHashSet();
                mismatches.AddRange(columns.Keys.Where(k => k.Table == table && !mapped.Contains(k.Column))
                    .Select(k => $"{k.Table}.{k.Column} is in the schema but not mapped"));
            }
            Assert.Empty(mismatches);
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    private static async Task<List<string>> AppliedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version from schema_migrations order by version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<string>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0));
        }
        return versions;
    }

    private static async Task<Dictionary<(string Table, string Column), bool>> ColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select table_name, column_name, is_nullable = 'YES' from information_schema.columns where table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<(string, string), bool>();
        while (await reader.ReadAsync())
        {
            columns[(reader.GetString(0), reader.GetString(1))] = reader.GetBoolean(2);
        }
        return columns;
    }
}
