namespace EidAnalytics.Cli.Tests.Samples;

/// <summary>
/// The classes that read the default sample set share one generation of it per test run (about 12 s
/// each time), instead of one per class.
/// </summary>
[CollectionDefinition(nameof(GeneratedSamples))]
public sealed class OneSampleSetPerRun : ICollectionFixture<GeneratedSamples>;
