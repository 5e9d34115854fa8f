using System.CommandLine;
using EidAnalytics.Cli.Analyse;
using EidAnalytics.Cli.Publish;
using EidAnalytics.Cli.Samples;

var root = new RootCommand("EidAnalytics command-line tools: offline analysis and operator commands.")
{
    AnalyseCommand.Create(),
    PublishCommand.Create(),
    SamplesCommand.Create(),
};
return root.Parse(args).Invoke();
