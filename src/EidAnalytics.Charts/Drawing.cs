using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>A chart laid out on a ScottPlot plot, at its size, with the title each identifiable mark gets.</summary>
internal sealed record Drawing(Plot Plot, int Height, IReadOnlyList<MarkTitle> Titles);

/// <summary>The words for one mark (a funnel or dot-plot point), at its place in data units; whether it is the highlighted one.</summary>
internal readonly record struct MarkTitle(Coordinates At, string Text, bool Highlighted = false);
