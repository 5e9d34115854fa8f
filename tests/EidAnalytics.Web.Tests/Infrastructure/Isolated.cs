namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>
/// Test classes that must not run beside others — they kill every browser process of the test
/// run, say — join this collection; xunit runs it on its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Isolated
{
    public const string Name = "isolated";
}
