namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>A local grade and its level, 1 (trainee) to 6 (head).</summary>
public sealed record GradeLevel(string Grade, int Level);
