using System.Globalization;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// What ./eid bench hands the run (ROOT, STATE, PG_PORT, PG_PASSWORD, BENCH_APP_PASSWORD, BENCH_URL,
/// WEB_DLL, CLI_DLL) and the settings a person may give: EID_BENCH_RUNS (5) runs of each offline
/// command; EID_BENCH_INGEST_RUNS (5) single-organisation 1M-row uploads and \copy runs;
/// EID_BENCH_SNAPSHOT_ROWS (200000) rows per snapshot for the API data; EID_BENCH_SECONDS (30) per
/// wrk run; EID_BENCH_ONLY (e.g. "analyse api") to rerun some sections only (the report keeps the
/// other sections' figures from the last run).
/// </summary>
public sealed record BenchSettings(
    string Root, string State, int PgPort, string PgPassword, string AppPassword, string Url,
    string WebDll, string CliDll, string BenchDll,
    int Runs, int IngestRuns, int SnapshotRows, int SecondsPerRun, string Only)
{
    /// <summary>Every section, in the order they run; EID_BENCH_ONLY names some of them.</summary>
    public const string AllSections = "analyse ingest latency api briefings comparisons micro";

    public const int Organisations = 400;

    public static BenchSettings FromEnvironment() => new(
        Required("ROOT"), Required("STATE"), Number("PG_PORT", null), Required("PG_PASSWORD"), Required("BENCH_APP_PASSWORD"),
        Required("BENCH_URL"), Required("WEB_DLL"), Required("CLI_DLL"), typeof(BenchSettings).Assembly.Location,
        Number("EID_BENCH_RUNS", 5), Number("EID_BENCH_INGEST_RUNS", 5), Number("EID_BENCH_SNAPSHOT_ROWS", 200_000),
        Number("EID_BENCH_SECONDS", 30), Optional("EID_BENCH_ONLY") ?? AllSections);

    /// <summary>The bench's database as its owner, postgres.</summary>
    public string Owner => Connection("postgres", PgPassword);

    /// <summary>The bench's database as the service's login role, eid_app.</summary>
    public string App => Connection("eid_app", AppPassword);

    public string Logs => Path.Combine(State, "bench-logs");

    /// <summary>The last run's figures, which a partial run starts from.</summary>
    public string Previous => Path.Combine(State, "bench-results.txt");

    public bool IsPartial => Only != AllSections;

    public bool Wants(string section) => $" {Only} ".Contains($" {section} ", StringComparison.Ordinal);

    public bool WantsAny(params string[] sections) => sections.Any(Wants);

    private string Connection(string user, string password) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={PgPort};Username={user};Password={password};Database=eid_bench");

    private static string? Optional(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static string Required(string name) =>
        Optional(name) ?? throw new InvalidOperationException($"{name} is not set: the run is started by ./eid bench");

    private static int Number(string name, int? fallback) =>
        Optional(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture)
        : fallback ?? throw new InvalidOperationException($"{name} is not set: the run is started by ./eid bench");
}
