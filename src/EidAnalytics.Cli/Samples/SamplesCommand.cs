using System.CommandLine;
using System.Globalization;

namespace EidAnalytics.Cli.Samples;

/// <summary><c>eid-cli samples [--out DIR] [--seed N]</c>: writes the synthetic sample data set.</summary>
public static class SamplesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to write organisations.csv, README.md and extracts/ into (its extracts/*.csv are replaced).",
            DefaultValueFactory = _ => "data-samples",
            HelpName = "DIR",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the simulation; the same seed writes the same bytes.",
            DefaultValueFactory = _ => SampleGenerator.DefaultSeed,
            HelpName = "N",
        };
        var command = new Command("samples", "Write synthetic (never real) council workforce extracts in the v1 standard, with a README.")
        {
            output,
            seed,
        };
        command.SetAction(parseResult =>
        {
            var directory = Path.GetFullPath(parseResult.GetValue(output)!);
            var summary = SampleGenerator.Write(directory, parseResult.GetValue(seed));
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {summary.Organisations} organisations and {summary.Extracts} extracts ({summary.Rows:N0} rows, {summary.Bytes / 1_000_000.0:0.0} MB) to {directory}"));
            return 0;
        });
        return command;
    }
}
