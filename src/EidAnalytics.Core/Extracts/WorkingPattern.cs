namespace EidAnalytics.Core.Extracts;

public enum WorkingPattern : byte { FullTime, PartTime }
