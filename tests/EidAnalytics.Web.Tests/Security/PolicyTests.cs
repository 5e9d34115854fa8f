using System.Net;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Npgsql;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>Rules that hold for the whole service: antiforgery on every form post, security headers, the database role.</summary>
public sealed class PolicyTests(TwoCouncilsApp app) : IClassFixture<TwoCouncilsApp>
{
    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_refused_even_for_a_caller_allowed_to_make_it()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            [Roles.Uploader] = await app.SignInAsync(app.A.Uploader, followRedirects: false),
            [Roles.Viewer] = await app.SignInAsync(app.A.Viewer, followRedirects: false),
            [Roles.Admin] = await app.SignInAsync(app.Admin, followRedirects: false),
            ["anonymous"] = app.CreateClient(new() { AllowAutoRedirect = false }),
        };
        var posts = Endpoints.All(app.Services).Where(c => c.Method == "POST").ToList();
        var unguarded = new List<string>();
        foreach (var post in posts)
        {
            // Token-only endpoints take no cookie, so no other site's form can post to them as a signed-in
            // user; the error page answers the re-executed POST of a request that failed, and changes nothing.
            if (post.Rule == Access.UploadToken || post.Pattern.StartsWith("/error", StringComparison.Ordinal))
            {
                continue;
            }
            var caller = post.Rule switch
            {
                Access.OrganisationUploader or Access.TokenManager => Roles.Uploader,
                Access.OrganisationMember or Access.SignedIn => Roles.Viewer,
                Access.Admin => Roles.Admin,
                _ => "anonymous",
            };
            using var response = await callers[caller].PostAsync(Endpoints.Url(post, app.A), new FormUrlEncodedContent([]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                unguarded.Add($"{post} as {caller} → {(int)response.StatusCode}");
            }
        }

        Assert.True(posts.Count >= 10, $"only {posts.Count} posts found");
        Assert.True(unguarded.Count == 0, "posts that accept a request without an antiforgery token:\n" + string.Join("\n", unguarded));
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script_and_refuse_framing()
    {
        using var response = await app.CreateClient().GetAsync("/account/sign-in");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html); // every script is a file
    }

    [Fact]
    public async Task The_application_role_owns_nothing_is_no_superuser_and_cannot_change_or_remove_audit_entries()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.AsApplication(app.ConnectionString));
        await connection.OpenAsync();

        Assert.Equal(0L, await ScalarAsync(connection, "select count(*) from pg_tables where tableowner = current_user"));
        Assert.False((bool)(await new NpgsqlCommand("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user", connection).ExecuteScalarAsync())!);
        await new NpgsqlCommand("insert into audit_events (action, target) values ('test', 'append only')", connection).ExecuteNonQueryAsync();
        foreach (var sql in new[] { "update audit_events set target = 'changed'", "delete from audit_events", "truncate audit_events", "drop table employees" })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync());
            Assert.True(error.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState}");
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
