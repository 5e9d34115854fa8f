using System.Globalization;
using BenchmarkDotNet.Running;
using EidAnalytics.Benchmarks;

// generate OUT [ROWS] [ORGANISATIONS] [SEED]  — the large extract for ./eid bench
// micro [BenchmarkDotNet arguments]         — the micro-benchmarks of the hot paths
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 2:
        var rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
        var organisations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 400;
        var seed = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20250331;
        BenchExtract.Write(args[1], rows, organisations, seed);
        return 0;
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(BenchExtract).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: EidAnalytics.Benchmarks generate OUT [ROWS] [ORGANISATIONS] [SEED] | micro [BenchmarkDotNet args]");
        return 2;
}
