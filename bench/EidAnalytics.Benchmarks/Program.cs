using System.Globalization;
using BenchmarkDotNet.Running;
using EidAnalytics.Benchmarks;
using EidAnalytics.Benchmarks.Report;
using EidAnalytics.Benchmarks.Run;

// generate OUT [ROWS] [ORGANISATIONS] [SEED] [SNAPSHOT]   — the large extract for ./eid bench
// generate-each DIR ROWS ORGANISATIONS SEED SNAPSHOT     — the same, one file per organisation
// organisations OUT [ORGANISATIONS]                       — the reference list for the generated codes
// scan FILE                                               — the CsvHelper floor for analyse
// service COMMAND …                                       — drives a running service (see ServiceDriver)
// micro [BenchmarkDotNet arguments]                       — the micro-benchmarks of the hot paths
// run                                                     — ./eid bench's sections (see Run/BenchRun)
// report RESULTS MICRO DOC                                — a run's figures into docs/performance.md
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 2:
        BenchExtract.Write(args[1], Number(args, 2, 1_000_000), Number(args, 3, 400), Number(args, 4, 20250331), Snapshot(args, 5));
        return 0;
    case "generate-each" when args.Length >= 6:
        BenchExtract.WriteEach(args[1], Number(args, 2, 0), Number(args, 3, 0), Number(args, 4, 0), Snapshot(args, 5));
        return 0;
    case "organisations" when args.Length >= 2:
        BenchExtract.WriteOrganisations(args[1], Number(args, 2, 400));
        return 0;
    case "scan" when args.Length == 2:
        var (rows, characters) = CsvScan.Run(args[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} rows, {characters} characters"));
        return 0;
    case "service" when args.Length >= 2:
        return await ServiceDriver.RunAsync(args[1..]);
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(BenchExtract).Assembly).Run(args[1..]);
        return 0;
    case "run" when args.Length == 1:
        using (var stop = new CancellationTokenSource())
        {
            // Ctrl-C stops the run at its next step; the service is stopped and the scratch folder removed.
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            return await BenchRun.RunAsync(stop.Token);
        }
    case "report" when args.Length == 4:
        ReportCommand.Run(args[1], args[2], args[3]);
        return 0;
    default:
        Console.Error.WriteLine("usage: EidAnalytics.Benchmarks generate OUT [ROWS] [ORGANISATIONS] [SEED] [SNAPSHOT] | generate-each DIR ROWS ORGANISATIONS SEED SNAPSHOT"
            + " | organisations OUT [ORGANISATIONS] | scan FILE | service COMMAND … | micro [BenchmarkDotNet args]"
            + " | run | report RESULTS MICRO DOC");
        return 2;
}

static int Number(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static DateOnly Snapshot(string[] args, int index) =>
    args.Length > index ? DateOnly.ParseExact(args[index], "yyyy-MM-dd", CultureInfo.InvariantCulture) : BenchExtract.Snapshot;
