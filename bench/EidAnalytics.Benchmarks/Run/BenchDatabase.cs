using Npgsql;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>The bench's database, as its owner: the statements run between timed runs.</summary>
public sealed class BenchDatabase(string owner)
{
    /// <summary>
    /// Bulk loads leave autovacuum work (PostgreSQL vacuums and analyses a table after enough
    /// inserts); done untimed between timed runs, so it does not land inside the next one, for the
    /// service or \copy.
    /// </summary>
    public Task SettleAsync(CancellationToken cancellationToken) => ExecuteAsync("vacuum (analyze)", cancellationToken);

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
