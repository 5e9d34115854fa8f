using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>The words for one mark (a funnel or dot-plot point), at its place in data units; whether it is the highlighted one.</summary>
internal readonly record struct MarkTitle(Coordinates At, string Text, bool Highlighted = false);
