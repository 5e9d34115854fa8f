namespace EidAnalytics.Core.Charts;

/// <summary>A labelled gridline on an axis, at <see cref="Value"/> in data units.</summary>
public readonly record struct AxisTick(double Value, string Label);
