using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>An account a test signs in with.</summary>
public sealed record TestAccount(Guid Id, string Email, string Password, string Role, string? OrganisationCode);

/// <summary>Accounts and API tokens for tests, made the way the service makes them, and clients signed in with them.</summary>
public static class Accounts
{
    public const string Password = "correct-horse-42-battery";

    public static async Task<TestAccount> CreateAsync(this EidApp app, string role, string? organisationCode = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var organisationId = organisationCode is null ? (long?)null : (await db.Organisations.SingleAsync(o => o.Code == organisationCode)).Id;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EidUser>>();
        var email = $"{role}-{Guid.NewGuid():N}@eid.test";
        var user = new EidUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", OrganisationId = organisationId };
        AssertSucceeded(await users.CreateAsync(user, Password));
        AssertSucceeded(await users.AddToRoleAsync(user, role));
        return new TestAccount(user.Id, email, Password, role, organisationCode);
    }

    /// <summary>A client signed in through the real sign-in page (cookie kept), following redirects.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this EidApp app, string role, string? organisationCode = null) =>
        await app.SignInAsync(await app.CreateAsync(role, organisationCode));

    /// <summary>A client signed in as the account; <paramref name="followRedirects"/> false lets a test see each redirect.</summary>
    public static async Task<HttpClient> SignInAsync(this EidApp app, TestAccount account, bool followRedirects = true)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });
        using var response = await Forms.PostAsync(client, "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = account.Email, ["Password"] = account.Password });
        var landed = followRedirects ? response.RequestMessage!.RequestUri!.AbsolutePath : response.Headers.Location?.OriginalString;
        Assert.True(landed == "/", $"signing in as {account.Role} ended at {landed} with {response.StatusCode}");
        return client;
    }

    /// <summary>
    /// An organisation's uploader as most tests need one: signed in to the pages (cookie) and holding
    /// the organisation's API token for the upload API.
    /// </summary>
    public static async Task<HttpClient> UploaderClientAsync(this EidApp app, string organisationCode)
    {
        var client = await app.SignedInClientAsync(Roles.Uploader, organisationCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(organisationCode));
        return client;
    }

    /// <summary>A client that uploads for the organisation with a new API token.</summary>
    public static async Task<HttpClient> ApiClientAsync(this EidApp app, string organisationCode)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(organisationCode));
        return client;
    }

    public static async Task<string> CreateTokenAsync(this EidApp app, string organisationCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(organisation.Id, "test", null, CancellationToken.None);
        return secret;
    }

    /// <summary>For a service running as another process: an account written straight into its database.</summary>
    public static async Task<TestAccount> InsertAsync(string connectionString, string role, string? organisationCode)
    {
        var id = Guid.NewGuid();
        var email = $"{role}-{id:N}@eid.test";
        var hash = new PasswordHasher<EidUser>().HashPassword(null!, Password);
        var organisation = organisationCode is null ? "null" : $"(select id from organisations where code = '{organisationCode}')";
        await Sql.ExecuteAsync(connectionString, $"""
            insert into users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, display_name, organisation_id)
            values ('{id}', '{email}', '{email.ToUpperInvariant()}', '{email}', '{email.ToUpperInvariant()}', true, '{hash}',
                '{Guid.NewGuid():N}', '{Guid.NewGuid()}', false, false, true, 0, 'Test {role}', {organisation});
            insert into user_roles (user_id, role_id) select '{id}', id from roles where name = '{role}';
            """);
        return new TestAccount(id, email, Password, role, organisationCode);
    }

    /// <summary>For a service running as another process: an API token written straight into its database.</summary>
    public static async Task<string> InsertTokenAsync(string connectionString, string organisationCode)
    {
        var secret = $"eid_test_{Guid.NewGuid():N}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
        await Sql.ExecuteAsync(connectionString, $"""
            insert into api_tokens (id, organisation_id, name, token_hash)
            select '{Guid.NewGuid()}', id, 'test', '\x{hash}'::bytea from organisations where code = '{organisationCode}'
            """);
        return secret;
    }

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
