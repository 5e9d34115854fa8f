namespace EidAnalytics.Core.Extracts;

public enum AgeBand : byte { From16To24, From25To34, From35To44, From45To54, From55To64, From65 }
