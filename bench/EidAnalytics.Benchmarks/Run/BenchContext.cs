namespace EidAnalytics.Benchmarks.Run;

/// <summary>What every section of a run shares: its settings, figures, scratch folder and the service.</summary>
public sealed class BenchContext(BenchSettings settings, string work)
{
    public BenchSettings Settings { get; } = settings;

    /// <summary>The run's scratch folder (generated extracts, the accounts' tokens and cookies), removed at the end.</summary>
    public string Work { get; } = work;

    public ResultsLog Results { get; } = new(Path.Combine(settings.Logs, "results.txt"));

    public MemorySampler Memory { get; } = new(Path.Combine(settings.Logs, "memory.txt"));

    public BenchDatabase Database { get; } = new(settings.Owner);

    public TimedRuns Timed => timed ??= new TimedRuns(Work, Settings.Logs, Results);

    public ServiceHost Service => service ??= new ServiceHost(Settings, Work, Memory);

    private TimedRuns? timed;
    private ServiceHost? service;

    public string Accounts => Path.Combine(Work, "accounts");

    public string Tokens => Path.Combine(Accounts, "tokens.tsv");

    public string Cookies => Path.Combine(Accounts, "cookies.tsv");

    public string Organisations => Path.Combine(Work, "organisations.csv");

    public void Record(string key, string value) => Results.Record(key, value);

    public void RecordLoad(string key) => Results.Record(key, LoadAverage.Now());

    /// <summary>The service driver (<c>service COMMAND …</c>, in a process of its own); its <c>key=value</c> lines recorded under <paramref name="prefix"/>.</summary>
    public async Task DriveAsync(string? prefix, CancellationToken cancellationToken, params string[] arguments)
    {
        var output = await ChildProcess.OutputAsync(["dotnet", Settings.BenchDll, "service", .. arguments], cancellationToken);
        if (prefix is not null)
        {
            Results.Collect(prefix, output);
        }
    }

    /// <summary>One upload of <paramref name="file"/> for the first bench organisation, received → loaded.</summary>
    public Task IngestAsync(string file, string? prefix, CancellationToken cancellationToken) =>
        DriveAsync(prefix, cancellationToken, "ingest", Settings.Url, Tokens, file, "E60000001", Settings.Owner);

    /// <summary>A program of the checkout: <c>eid-cli …</c> or the bench's own commands.</summary>
    public string[] Cli(params string[] arguments) => ["dotnet", Settings.CliDll, .. arguments];

    public string[] Bench(params string[] arguments) => ["dotnet", Settings.BenchDll, .. arguments];

    public string[] Psql(params string[] arguments) =>
        ["psql", "-h", "127.0.0.1", "-p", Settings.PgPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-d", "eid_bench", "-v", "ON_ERROR_STOP=1", "-qAt", .. arguments];

    public string Script(params string[] path) => Path.Combine([Settings.Root, "bench", .. path]);
}
