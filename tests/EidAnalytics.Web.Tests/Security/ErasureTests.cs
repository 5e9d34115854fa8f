using System.Net;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Admin;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>Erasing council A leaves no row of A's in any table and none of A's files, and leaves council B whole.</summary>
public sealed class ErasureTests(TwoCouncilsApp app) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public async Task Erasing_an_organisation_leaves_no_row_or_file_of_it_and_keeps_the_audit_entry()
    {
        var (a, b) = (app.A, app.B);
        var (aUploads, aDatasets, aFiles) = await OwnedAsync(a.OrganisationId);
        var (bUploads, bDatasets, bFiles) = await OwnedAsync(b.OrganisationId);
        var bRowsBefore = await RowsReferencingAsync(b.OrganisationId, bUploads, bDatasets);
        var admin = await app.SignInAsync(app.Admin);

        using var wrong = await Forms.PostAsync(admin, $"/admin/organisations/{a.Code}/erase", new Dictionary<string, string> { ["Confirm"] = "E00000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var refusal = new HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync());
        Assert.Equal(
            ["Enter who asked for the data to be erased, such as their name and role", "Enter why the data is to be erased", $"Type {a.Code} to confirm"],
            refusal.QuerySelectorAll(".govuk-error-summary__list a").Select(e => e.TextContent));
        Assert.Equal("/admin", refusal.QuerySelector("form a.govuk-link")!.GetAttribute("href"));
        using var erased = await Forms.PostAsync(admin, $"/admin/organisations/{a.Code}/erase", new Dictionary<string, string>
        {
            ["RequestedBy"] = "Jo Bloggs, Head of HR",
            ["Reason"] = "The council has left the service",
            ["Confirm"] = a.Code,
        });
        Assert.Contains("data has been erased", await erased.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var leftovers = await RowsReferencingAsync(a.OrganisationId, aUploads, aDatasets);
        Assert.True(leftovers.Count == 0, "rows left: " + string.Join(", ", leftovers.Select(r => $"{r.Key} {r.Value}")));
        Assert.All(aFiles, f => Assert.False(File.Exists(Path.Combine(app.StorageDirectory, "extracts", f)), f));
        Assert.All(bFiles, f => Assert.True(File.Exists(Path.Combine(app.StorageDirectory, "extracts", f)), f));
        Assert.Equal(bRowsBefore, await RowsReferencingAsync(b.OrganisationId, bUploads, bDatasets));
        await using var db = app.CreateDbContext();
        Assert.True(await db.Organisations.AnyAsync(o => o.Id == a.OrganisationId), "the organisation stays on the reference list");
        var entry = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.Erase);
        Assert.Equal((a.Code, $"organisation {a.Code}"), (entry.OrganisationCode, entry.Target));
        Assert.StartsWith("requested by Jo Bloggs, Head of HR, because: The council has left the service; ", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_purge_removes_only_dataset_versions_older_than_the_age_with_their_uploads_and_files()
    {
        await app.AddOrganisationAsync("E09000731", "Old Data Borough");
        var api = await app.ApiClientAsync("E09000731");
        var old = await Extracts.UploadAsync(api, "E09000731", Extracts.ItTeam("E09000731", 1, 5));
        var recent = await Extracts.UploadAsync(api, "E09000731", Extracts.ItTeam("E09000731", 2, 5));
        await Sql.ExecuteAsync(app.ConnectionString, $"update dataset_versions set loaded_at = now() - interval '3000 days' where upload_id = '{old.GetProperty("id").GetGuid()}'");
        var oldFile = await Sql.ScalarAsync<string>(app.ConnectionString, $"select stored_name from uploads where id = '{old.GetProperty("id").GetGuid()}'");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<OrganisationErasure>().PurgeBeforeAsync(DateTimeOffset.UtcNow.AddDays(-2555), CancellationToken.None);
            Assert.Equal((1, 1, 1), (report.Datasets, report.Uploads, report.Files));
        }

        await using var db = app.CreateDbContext();
        Assert.False(await db.Uploads.AnyAsync(u => u.Id == old.GetProperty("id").GetGuid()));
        Assert.True(await db.Uploads.AnyAsync(u => u.Id == recent.GetProperty("id").GetGuid()));
        Assert.False(File.Exists(Path.Combine(app.StorageDirectory, "extracts", oldFile)));
    }

    private async Task<(List<Guid> Uploads, List<long> Datasets, List<string> Files)> OwnedAsync(long organisationId)
    {
        await using var db = app.CreateDbContext();
        return (
            await db.Uploads.Where(u => u.OrganisationId == organisationId).Select(u => u.Id).ToListAsync(),
            await db.DatasetVersions.Where(d => d.OrganisationId == organisationId).Select(d => d.Id).ToListAsync(),
            await db.Uploads.Where(u => u.OrganisationId == organisationId).Select(u => u.StoredName).ToListAsync());
    }

    /// <summary>
    /// Every row, in every table, that points at the organisation, one of its uploads or one of its
    /// datasets by column, or names an upload id anywhere in its text (the job requests and Hangfire's tables).
    /// The organisation's own reference row and the audit log, which keeps its entries, are left out.
    /// </summary>
    private async Task<Dictionary<string, long>> RowsReferencingAsync(long organisationId, List<Guid> uploads, List<long> datasets)
    {
        var counts = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "select format('%I.%I', c.table_schema, c.table_name), c.column_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name) " +
            "where c.table_schema in ('public', 'hangfire') and t.table_type = 'BASE TABLE' and c.table_name not in ('organisations', 'audit_events', 'schema_migrations')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var table in columns.Select(c => c.Table).Distinct())
        {
            var conditions = new List<string>();
            foreach (var column in columns.Where(c => c.Table == table).Select(c => c.Column))
            {
                if (column == "organisation_id") conditions.Add($"{column} = {organisationId}");
                if (column == "upload_id" && uploads.Count > 0) conditions.Add($"{column} in ({string.Join(',', uploads.Select(u => $"'{u}'"))})");
                if (column == "dataset_version_id" && datasets.Count > 0) conditions.Add($"{column} in ({string.Join(',', datasets)})");
            }
            conditions.AddRange(uploads.Select(u => $"t::text like '%{u:N}%' or t::text like '%{u}%'"));
            if (conditions.Count == 0)
            {
                continue;
            }
            await using var count = new NpgsqlCommand($"select count(*) from {table} t where {string.Join(" or ", conditions)}", connection);
            var n = (long)(await count.ExecuteScalarAsync())!;
            if (n > 0)
            {
                counts[table] = n;
            }
        }
        return counts;
    }
}
