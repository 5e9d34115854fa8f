namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>A code of the file and the v1 code it stands for.</summary>
public sealed record CodeMapping(string From, string To);
