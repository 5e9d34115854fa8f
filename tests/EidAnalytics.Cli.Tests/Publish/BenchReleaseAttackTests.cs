using Xunit.Abstractions;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>The attacks and utility of <see cref="ReleaseAttackTests"/> on the bench's 400 councils × 5 snapshots.</summary>
public sealed class BenchReleaseAttackTests(ITestOutputHelper output) : ReleaseAttackTests(output)
{
    private static readonly Lazy<ReleaseData> Bench = new(ReleaseData.Bench);

    private protected override ReleaseData Data => Bench.Value;
}
