namespace EidAnalytics.Core.Charts;

/// <summary>
/// A range of values shaded across a chart's plot, such as the 12–16% baseline band for women's
/// share of IT teams. <see cref="Low"/> and <see cref="High"/> are on the chart's value scale
/// (fractions for shares). The legend reads "<see cref="Name"/> 12–16%".
/// </summary>
public sealed record ReferenceBand(double Low, double High, string Name = "Baseline band");
