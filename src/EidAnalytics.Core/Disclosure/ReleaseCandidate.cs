namespace EidAnalytics.Core.Disclosure;

/// <summary>An organisation's dataset that a release might use: its snapshot, its kind and its order of loading.</summary>
public sealed record ReleaseCandidate<T>(string Code, DateOnly Snapshot, bool WholeOrganisation, long Order, T Item);
