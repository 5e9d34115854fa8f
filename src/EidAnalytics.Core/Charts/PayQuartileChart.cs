using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The pay quartile chart: one 100%-stacked bar per quartile, women then men, with both shares
/// written on the chart so it reads without colour.
/// </summary>
public sealed record PayQuartileChart : ChartModel
{
    private PayQuartileChart(string id, string title, string description, string? empty, IReadOnlyList<PayQuartileShare> quartiles)
        : base(id, title, description, empty) => Quartiles = quartiles;

    /// <summary>From lowest to highest paid.</summary>
    public IReadOnlyList<PayQuartileShare> Quartiles { get; }

    /// <param name="id">Element id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="quartiles">The quartiles from lowest to highest paid, labelled e.g. "Lower quartile".</param>
    public static PayQuartileChart Create(string id, string title, IReadOnlyList<PayQuartileShare> quartiles)
    {
        ArgumentNullException.ThrowIfNull(quartiles);
        var clean = quartiles.Select(q => q with
        {
            Label = ChartFormat.Clean(q.Label),
            WomenShare = ChartData.HasValue(q.WomenShare) ? Math.Clamp(q.WomenShare!.Value, 0, 1) : null,
        }).ToList();
        var empty = clean.Any(q => q.WomenShare is not null) ? null : "No pay quartile has a figure to plot: too few people have hourly pay.";
        return new PayQuartileChart(id, title, Describe(clean), empty, clean);
    }

    private static string Describe(List<PayQuartileShare> quartiles)
    {
        var text = new StringBuilder(
            "Stacked bar chart of women's and men's shares of staff in each pay quartile, from lowest to highest paid.");
        foreach (var quartile in quartiles)
        {
            text.Append(' ').Append(quartile.Label).Append(": ");
            text.Append(quartile.WomenShare is { } women
                ? $"women {ChartFormat.Value(women, ValueFormat.Percent)}, men {ChartFormat.Value(1 - women, ValueFormat.Percent)}"
                : quartile.Note is null ? "no figure" : $"no figure ({quartile.Note})");
            text.Append('.');
        }
        return text.ToString();
    }
}
