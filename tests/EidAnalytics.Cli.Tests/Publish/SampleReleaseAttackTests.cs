using Xunit.Abstractions;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>The attacks and utility of <see cref="ReleaseAttackTests"/> on the 30 sample councils × 5 snapshots.</summary>
public sealed class SampleReleaseAttackTests(ITestOutputHelper output) : ReleaseAttackTests(output)
{
    private static readonly Lazy<ReleaseData> Samples = new(ReleaseData.Samples);

    private protected override ReleaseData Data => Samples.Value;
}
