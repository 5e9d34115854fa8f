namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>A value of a column and how many rows have it.</summary>
public sealed record ValueCount(string Value, int Count);
