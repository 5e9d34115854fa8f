using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>
/// Uploads, downloads, record-level views, exports, sign-ins and changes of role or token are recorded,
/// for administrators only. (The test host has no socket, so the address is checked by the browser tests.)
/// </summary>
public sealed class AuditTests(TwoCouncilsApp app) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public async Task What_people_do_is_recorded_with_who_when_and_on_what()
    {
        var a = app.A;
        var uploader = await app.SignInAsync(a.Uploader);
        await uploader.GetByteArrayAsync($"/briefings/{a.Briefing}/pdf");
        await uploader.GetStringAsync($"/uploads/{a.FailedUpload}");
        await uploader.GetByteArrayAsync($"/uploads/{a.FailedUpload}/problems.csv");
        var researcher = await app.SignInAsync(app.Researcher);
        await researcher.GetByteArrayAsync("/comparisons/figures.csv?set=all");
        var admin = await app.SignInAsync(app.Admin);
        using (await Forms.PostAsync(admin, $"/admin/users/{a.Viewer.Id}", new Dictionary<string, string> { ["Role"] = Roles.Uploader, ["Organisation"] = a.Code }, $"/admin/users/{a.Viewer.Id}?handler=Role"))
        {
        }

        await using var db = app.CreateDbContext();
        var entries = await db.AuditEvents.AsNoTracking().ToListAsync();
        void Recorded(string action, string target, string? user)
        {
            Assert.True(entries.Any(e => e.Action == action && e.Target == target && e.UserName == user),
                $"no '{action}' of '{target}' by {user}; have: {string.Join("; ", entries.Select(e => $"{e.Action} {e.Target} {e.UserName}"))}");
        }
        Recorded(AuditActions.Upload, $"upload {a.LoadedUpload}", "API token 'test'");
        Recorded(AuditActions.SignIn, $"user {a.Uploader.Id}", a.Uploader.Email);
        Recorded(AuditActions.Download, $"briefing {a.Briefing}", a.Uploader.Email);
        Recorded(AuditActions.ViewRecordLevel, $"problems of upload {a.FailedUpload}", a.Uploader.Email);
        Recorded(AuditActions.Download, $"problems of upload {a.FailedUpload}", a.Uploader.Email);
        Recorded(AuditActions.Export, "comparison-representation.women_share-2025-03-31.csv", app.Researcher.Email);
        Recorded(AuditActions.RoleChanged, $"user {a.Viewer.Id}", app.Admin.Email);
    }

    [Fact]
    public async Task Only_administrators_read_the_log_and_its_download_is_formula_safe()
    {
        var admin = await app.SignInAsync(app.Admin);
        await Sql.ExecuteAsync(app.ConnectionString, "insert into audit_events (action, target, user_name) values ('test', '=HYPERLINK(\"http://x\")', '@evil')");

        var csv = await admin.GetStringAsync("/admin/audit.csv");
        var page = await admin.GetStringAsync("/admin/audit");
        using var asViewer = await (await app.SignInAsync(app.A.Viewer, followRedirects: false)).GetAsync("/admin/audit.csv");

        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("'@evil", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
        Assert.Contains("Audit log", page, StringComparison.Ordinal);
        Assert.True(asViewer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{asViewer.StatusCode}");
        Assert.NotEqual(HttpStatusCode.OK, asViewer.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Export && e.Target == "audit log"));
    }
}
