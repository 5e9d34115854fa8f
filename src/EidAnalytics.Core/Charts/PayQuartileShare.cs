namespace EidAnalytics.Core.Charts;

/// <summary>
/// One pay quartile for the stacked bar chart. <see cref="WomenShare"/> is women / (women + men)
/// in the quartile, as the gender pay gap regulations count them, so the rest of the bar is men.
/// A null share draws an empty row showing <see cref="Note"/>.
/// </summary>
public sealed record PayQuartileShare(string Label, double? WomenShare, string? Note = null);
