namespace EidAnalytics.Core.Extracts;

/// <summary>Gender as the v1 standard codes it. Only <see cref="Undisclosed"/> is left out of women-share denominators.</summary>
public enum Gender : byte { Female, Male, Other, Undisclosed }
