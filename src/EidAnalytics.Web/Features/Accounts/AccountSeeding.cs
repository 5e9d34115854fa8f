using System.ComponentModel.DataAnnotations;
using EidAnalytics.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>Accounts made at start-up (section Eid:Accounts).</summary>
public sealed class AccountSeedingOptions
{
    public const string Section = "Eid:Accounts";

    /// <summary>When set, a demo account per role is created with this password (./eid up does it; never in production).</summary>
    public string? DemoPassword { get; set; }

    /// <summary>The organisation the demo uploader and viewer belong to: its GSS code.</summary>
    [RegularExpression("^[ENSW][0-9]{8}$", ErrorMessage = "Eid:Accounts:DemoOrganisation is an organisation's GSS code, such as E06999001")]
    public string DemoOrganisation { get; set; } = "E06999001";

    /// <summary>When set and no administrator exists, an administrator with this email is created and a link to set its password is logged.</summary>
    [EmailAddress(ErrorMessage = "Eid:Accounts:AdminEmail is an email address")]
    public string? AdminEmail { get; set; }
}

/// <summary>
/// At start-up: makes sure the roles exist, creates the first administrator if asked, and the
/// demo accounts if a demo password is configured. Runs before the service takes requests.
/// </summary>
public sealed class AccountSeeding(IServiceScopeFactory scopes, IOptions<AccountSeedingOptions> options, TimeProvider clock, ILogger<AccountSeeding> logger) : IHostedService
{
    public static string DemoEmail(string role) => $"{role}@eid.test";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7(clock.GetUtcNow()) });
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<EidUser>>();
        if (options.Value.AdminEmail is { Length: > 0 } adminEmail && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var admin = await CreateAsync(users, adminEmail, "Administrator", Roles.Admin, null, null);
            var token = await users.GeneratePasswordResetTokenAsync(admin);
            logger.LogWarning("First administrator {Email} created: set its password at /account/accept?id={Id}&token={Token}",
                adminEmail, admin.Id, Uri.EscapeDataString(token));
        }

        if (options.Value.DemoPassword is { Length: > 0 } password)
        {
            var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Code == options.Value.DemoOrganisation, cancellationToken);
            foreach (var role in Roles.All.Where(r => organisation is not null || !Roles.IsOrganisationBound(r)))
            {
                if (await users.FindByEmailAsync(DemoEmail(role)) is not { } demo)
                {
                    await CreateAsync(users, DemoEmail(role), $"Demo {role}", role, Roles.IsOrganisationBound(role) ? organisation!.Id : null, password);
                }
                else if (!await users.CheckPasswordAsync(demo, password))
                {
                    // ./eid up prints the configured password, so a demo account made with an older one takes it.
                    // A reset checks the password rules before it changes anything.
                    Check(await users.ResetPasswordAsync(demo, await users.GeneratePasswordResetTokenAsync(demo), password), demo.Email!);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<EidUser> CreateAsync(UserManager<EidUser> users, string email, string name, string role, long? organisationId, string? password)
    {
        var user = new EidUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password), email);
        await users.AddToRoleAsync(user, role);
        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up the account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
