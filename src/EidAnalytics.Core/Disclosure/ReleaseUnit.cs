namespace EidAnalytics.Core.Disclosure;

/// <summary>One organisation's dataset as it goes into a release: whose it is, its own snapshot date and its cells.</summary>
public sealed record ReleaseUnit(string Code, DateOnly DatasetSnapshot, DisclosureCells Cells);
