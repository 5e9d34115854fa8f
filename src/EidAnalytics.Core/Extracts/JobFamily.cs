namespace EidAnalytics.Core.Extracts;

/// <summary>Job family; the IT function is <see cref="It"/>, <see cref="Digital"/> and <see cref="Data"/>.</summary>
public enum JobFamily : byte { It, Digital, Data, Other }
