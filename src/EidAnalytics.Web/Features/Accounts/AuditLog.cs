using System.Security.Claims;
using Npgsql;

namespace EidAnalytics.Web.Features.Accounts;

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
