using System.CommandLine;
using EidAnalytics.Cli.Samples;

var root = new RootCommand("EidAnalytics command-line tools: offline analysis and operator commands.")
{
    SamplesCommand.Create(),
};
return root.Parse(args).Invoke();
