namespace EidAnalytics.Core.Extracts;

/// <summary>ONS 2021 high-level ethnic groups.</summary>
public enum Ethnicity : byte { Asian, Black, Mixed, White, Other, Undisclosed }
