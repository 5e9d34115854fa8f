using System.Security.Claims;
using Npgsql;

namespace EidAnalytics.Web.Features.Accounts;

/// <summary>What the audit log records.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Upload = "upload";
    public const string Download = "download";
    public const string ViewRecordLevel = "view-record-level";
    public const string Export = "export";
    public const string Erase = "erase";
    public const string Purge = "purge";
    public const string AccountCreated = "account-created";
    public const string RoleChanged = "role-changed";
    public const string PasswordResetIssued = "password-reset-issued";
    public const string AccountDisabled = "account-disabled";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string ProfileDeleted = "profile-deleted";
}

/// <summary>
/// Appends to the audit log: who (the signed-in account or token), what, on what, when and from
/// where. Written straight away on its own connection, so an entry never waits on, or is lost with,
/// the rest of a request's work. Never record-level data: targets are ids, codes and file names.
/// </summary>
public sealed class AuditLog(NpgsqlDataSource dataSource, IHttpContextAccessor http)
{
    public async Task RecordAsync(string action, string target, string? organisationCode = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        var user = context?.User;
        await using var command = dataSource.CreateCommand(
            "insert into audit_events (user_id, user_name, organisation_code, action, target, ip_address, user_agent, detail) " +
            "values ($1, $2, $3, $4, $5, $6, $7, $8)");
        command.Parameters.AddWithValue(Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : DBNull.Value);
        command.Parameters.AddWithValue((object?)user?.Identity?.Name ?? (context is null ? "system" : DBNull.Value));
        command.Parameters.AddWithValue((object?)organisationCode ?? DBNull.Value);
        command.Parameters.AddWithValue(action);
        command.Parameters.AddWithValue(target);
        command.Parameters.AddWithValue((object?)context?.Connection.RemoteIpAddress?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)context?.Request.Headers.UserAgent.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)detail ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
