namespace EidAnalytics.Core.Disclosure;

/// <summary>An organisation's or a group's published figures in a release.</summary>
public sealed record PublishedArea(string Key, DateOnly? DatasetSnapshot, IReadOnlyDictionary<string, PublishedProportion> Metrics);
