using System.CommandLine;
using EidAnalytics.Cli.Analyse;

var root = new RootCommand("EidAnalytics command-line tools: offline analysis and operator commands.")
{
    AnalyseCommand.Create(),
};
return root.Parse(args).Invoke();
