namespace EidAnalytics.Core.Disclosure;

/// <summary>A fixed group whose totals a release publishes from its members' records: the nation, a region, a type, a family.</summary>
public sealed record ReleaseGroup(string Key, IReadOnlyCollection<string> Codes);
