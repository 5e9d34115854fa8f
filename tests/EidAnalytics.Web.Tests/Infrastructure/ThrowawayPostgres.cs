using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own, for tests that restart the database — which the shared
/// test server cannot do without breaking every other test. Binaries and the unprivileged user to
/// run them as (initdb refuses root) come from ./eid test: EID_PG_BIN and EID_PG_USER.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly int _port;

    private ThrowawayPostgres(string folder, int port) => (_folder, _port) = (folder, port);

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database }.ConnectionString;

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("eid-pg-").FullName;
        if (User is { } user)
        {
            await Programs.RunAsync("chown", user, folder);
        }
        var server = new ThrowawayPostgres(folder, FreePort());
        await PgAsync("initdb", "-D", server.Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await StartServerAsync(server);
        return server;
    }

    /// <summary>Creates a database with the service's migrations applied.</summary>
    public async Task<string> CreateMigratedDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        await TestDatabase.MigrateAsync(ConnectionString(name));
        return ConnectionString(name);
    }

    /// <summary>A fast restart: every connection is cut and open transactions roll back, as in a failover.</summary>
    public async Task RestartAsync() =>
        await PgAsync("pg_ctl", "-D", Data, "-l", LogFile, "-m", "fast", "-w", "-t", "60", "-o", Options, "restart");

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Data => Path.Combine(_folder, "data");

    private string Options => $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1";

    // The server's output must go to a file: a server holding pg_ctl's stdout pipe would keep it open for ever.
    private static async Task StartServerAsync(ThrowawayPostgres server) =>
        await PgAsync("pg_ctl", "-D", server.Data, "-l", server.LogFile, "-w", "-t", "60", "-o", server.Options, "start");

    private string LogFile => Path.Combine(_folder, "server.log");

    private static string? User => Environment.GetEnvironmentVariable("EID_PG_USER") is { Length: > 0 } user ? user : null;

    private static string Bin => Environment.GetEnvironmentVariable("EID_PG_BIN") ?? "/usr/lib/postgresql/15/bin";

    private static Task<string> PgAsync(string program, params string[] arguments) =>
        User is { } user
            ? Programs.RunAsync("runuser", ["-u", user, "--", Path.Combine(Bin, program), .. arguments])
            : Programs.RunAsync(Path.Combine(Bin, program), arguments);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
