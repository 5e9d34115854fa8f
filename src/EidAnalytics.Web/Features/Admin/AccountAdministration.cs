using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>What an administrator does to accounts: invite, change role, issue a password-reset link, disable.</summary>
public sealed class AccountAdministration(UserManager<EidUser> users, EidDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The lockout end that marks a disabled account (a whole second, so it survives the database's microseconds).</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates an account without a password and returns the one-time link that sets it.</summary>
    public async Task<(EidUser? User, string? Link, IReadOnlyList<string> Errors)> InviteAsync(
        string email, string displayName, string role, string? organisationCode, CancellationToken cancellationToken)
    {
        var (organisation, errors) = await OrganisationForAsync(role, organisationCode, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, null, errors);
        }
        var user = new EidUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            OrganisationId = organisation?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, null, created.Errors.Select(e => e.Description).ToList());
        }
        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(AuditActions.AccountCreated, $"user {user.Id}", organisation?.Code, $"role {role}", cancellationToken);
        return (user, await LinkAsync(user), []);
    }

    /// <summary>A new one-time link that sets the account's password; the old password stops working at once.</summary>
    public async Task<string?> ResetLinkAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }
        await users.RemovePasswordAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.PasswordResetIssued, $"user {user.Id}", cancellationToken: cancellationToken);
        return await LinkAsync(user);
    }

    public async Task<IReadOnlyList<string>> ChangeRoleAsync(Guid userId, string role, string? organisationCode, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ["There is no such account."];
        }
        var (organisation, errors) = await OrganisationForAsync(role, organisationCode, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }
        var before = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, before);
        await users.AddToRoleAsync(user, role);
        user.OrganisationId = organisation?.Id;
        await users.UpdateAsync(user);
        // Existing sessions carry the old role: a new security stamp ends them.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.RoleChanged, $"user {user.Id}", organisation?.Code,
            $"from {string.Join(",", before)} to {role}", cancellationToken);
        return [];
    }

    /// <summary>
    /// Ends the account's sessions and stops it signing in until an administrator gives it a new
    /// password link (setting the password through the link enables it again).
    /// </summary>
    public async Task<bool> DisableAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return false;
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DisabledUntil);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.AccountDisabled, $"user {user.Id}", cancellationToken: cancellationToken);
        return true;
    }

    private async Task<(Organisation? Organisation, List<string> Errors)> OrganisationForAsync(string role, string? code, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return (null, ["Choose a role"]);
        }
        if (!Roles.IsOrganisationBound(role))
        {
            return (null, []);
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        return organisation is null ? (null, ["Choose the organisation this account belongs to"]) : (organisation, []);
    }

    private async Task<string> LinkAsync(EidUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"/account/accept?id={user.Id}&token={Uri.EscapeDataString(token)}";
    }
}
