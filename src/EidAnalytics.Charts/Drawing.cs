using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>A chart laid out on a ScottPlot plot, at its size, with the title each identifiable mark gets.</summary>
internal sealed record Drawing(Plot Plot, int Height, IReadOnlyList<MarkTitle> Titles);
