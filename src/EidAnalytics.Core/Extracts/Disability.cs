namespace EidAnalytics.Core.Extracts;

public enum Disability : byte { Yes, No, Undisclosed }
