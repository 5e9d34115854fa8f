using System.Text;

namespace EidAnalytics.Core.Charts;

/// <summary>
/// The pipeline chart: at each level, women's share there divided by women's share at the level
/// below, as a point with its 95% interval, on a log scale from 0.25 to 4 around a reference line at
/// 1 (the same share), so that half and double the share below sit the same distance from the line.
/// A ratio or interval end beyond the scale is drawn at its edge; the description gives the figure.
/// </summary>
public sealed record PipelineRatioChart : ChartModel
{
    public const string ReferenceLabel = "1 = same share as the level below";

    private PipelineRatioChart(string id, string title, string description, string? empty, IReadOnlyList<IntervalValue> ratios)
        : base(id, title, description, empty) => Ratios = ratios;

    /// <summary>One entry per level from level 2 up; a ratio that cannot be computed is null with a note.</summary>
    public IReadOnlyList<IntervalValue> Ratios { get; }

    public ChartAxis Axis { get; } = ChartAxis.RatioAroundOne;

    /// <param name="id">Element id prefix, unique on the page.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="ratios">One entry per level from level 2 up, labelled e.g. "2 Junior"; a ratio that
    /// cannot be computed is null with the note from <see cref="NoteFor"/>.</param>
    public static PipelineRatioChart Create(string id, string title, IReadOnlyList<IntervalValue> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        var clean = ratios.Select(r => r with { Label = ChartFormat.Clean(r.Label) }).ToList();
        var empty = clean.Any(r => ChartData.HasValue(r.Value))
            ? null
            : "No level has a pipeline ratio to plot: a ratio needs women at the level and at the level below.";
        return new PipelineRatioChart(id, title, Describe(clean), empty, clean);
    }

    /// <summary>
    /// Why a level's ratio is missing, from women's share at the level and at the level below (null when
    /// no one there has a recorded gender). It says "no women at this level" only when that is so.
    /// </summary>
    public static string NoteFor(double? shareAtLevel, double? shareBelow) => (shareAtLevel, shareBelow) switch
    {
        (null, null) => "no one at this level or the one below",
        (null, _) => "no one at this level",
        (_, null) => "no one at the level below",
        (0, 0) => "no women at this level or the one below",
        (0, _) => "no women at this level",
        (_, 0) => "no women at the level below",
        _ => "no figure",
    };

    private static string Describe(List<IntervalValue> ratios)
    {
        var text = new StringBuilder(
            "Chart of the pipeline ratio at each level: women's share at the level divided by women's share "
            + "at the level below, with 95% intervals, on a scale from 0.25 to 4. A ratio of 1.00 means the same share as the level below; "
            + "less than 1.00, a smaller share.");
        foreach (var ratio in ratios)
        {
            text.Append(' ').Append(ChartFormat.Sentence(ratio, ValueFormat.Ratio)).Append('.');
        }
        return text.ToString();
    }
}
