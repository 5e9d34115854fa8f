namespace EidAnalytics.Cli.Samples;

/// <summary>A council's simulated extracts, one per snapshot date, and the grade of each level (1–6) it uses.</summary>
public sealed record SimulatedCouncil(IReadOnlyList<IReadOnlyList<SampleRow>> Snapshots, IReadOnlyList<string> Grades);
