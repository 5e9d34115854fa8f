using EidAnalytics.Core.Charts;
using ScottPlot;

namespace EidAnalytics.Charts;

/// <summary>
/// One row per item, highest first: a point with its whisker, the label on the left and the value on
/// the right; the highlighted row shaded with a square marker.
/// </summary>
internal static class RankedDotPlotDrawing
{
    private const int RowHeight = 24;

    /// <summary>Room for the legend above and the axis below the rows.</summary>
    private const int Frame = 96;

    private const int LabelCharacters = 32;

    /// <summary>
    /// Past this many rows a labelled row each would make a chart metres long; the ranking is drawn
    /// instead as a caterpillar plot (rank across, value up), the table beside it naming every row.
    /// </summary>
    private const int MostLabelledRows = 60;

    private const int CaterpillarHeight = 400;

    public static Drawing Draw(RankedDotPlot chart) => chart.Rows.Count > MostLabelledRows ? Caterpillar(chart) : Rows(chart);

    private static Drawing Caterpillar(RankedDotPlot chart)
    {
        var plot = ChartStyle.NewPlot();
        var legend = ChartStyle.BandFirst(plot, chart.Band, chart.Format);
        legend.Add(ChartStyle.IntervalItem());
        var shown = chart.Rows.Select((row, i) => (Rank: i + 1.0, Row: row)).Where(p => ChartData.HasValue(p.Row.Value)).ToList();
        Whiskers.Vertical(plot, shown, chart.Axis);
        var plain = shown.Where(p => !p.Row.Highlighted).ToList();
        if (plain.Count > 0)
        {
            plot.Add.Markers(plain.Select(p => p.Rank).ToArray(), plain.Select(p => chart.Axis.Clamp(p.Row.Value!.Value)).ToArray(),
                MarkerShape.FilledCircle, 5, ChartStyle.DarkGrey);
        }
        foreach (var (rank, row) in shown.Where(p => p.Row.Highlighted))
        {
            plot.Add.Marker(rank, chart.Axis.Clamp(row.Value!.Value), MarkerShape.FilledSquare, 13, ChartStyle.Blue);
            legend.Add(ChartStyle.MarkerItem(row.Label, ChartStyle.Blue, MarkerShape.FilledSquare));
        }
        ChartStyle.Apply(plot, plot.Axes.Left, chart.Axis);
        ChartStyle.Apply(plot, plot.Axes.Bottom, ChartAxis.Fit(ValueFormat.Count, [shown.Count]));
        ChartStyle.Limits(plot, plot.Axes.Bottom, 0, Math.Max(1, shown.Count) + 1);
        plot.Axes.Bottom.Label.Text = "Rank (1 = highest)";
        ChartStyle.Legend(plot, legend);
        var titles = shown.Select(p => new MarkTitle(new Coordinates(p.Rank, chart.Axis.Clamp(p.Row.Value!.Value)), chart.RowTitle((int)p.Rank - 1), p.Row.Highlighted))
            .ToList();
        return new Drawing(plot, CaterpillarHeight, titles);
    }

    private static Drawing Rows(RankedDotPlot chart)
    {
        var plot = ChartStyle.NewPlot();
        var rows = chart.Rows;
        double RowAt(int i) => rows.Count - 1 - i;
        var legend = ChartStyle.BandFirst(plot, chart.Band, chart.Format, across: false);
        legend.Add(ChartStyle.IntervalItem());
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Highlighted)
            {
                plot.Add.VerticalSpan(RowAt(i) - 0.5, RowAt(i) + 0.5, ChartStyle.Blue.WithAlpha(0.15)).LineWidth = 0;
            }
        }
        var shown = rows.Select((row, i) => (RowAt(i), row)).Where(p => ChartData.HasValue(p.row.Value)).ToList();
        Whiskers.Horizontal(plot, shown, chart.Axis);
        var plain = shown.Where(p => !p.row.Highlighted).ToList();
        if (plain.Count > 0)
        {
            plot.Add.Markers(plain.Select(p => chart.Axis.Clamp(p.row.Value!.Value)).ToArray(), plain.Select(p => p.Item1).ToArray(),
                MarkerShape.FilledCircle, 10, ChartStyle.DarkGrey);
        }
        foreach (var (at, row) in shown.Where(p => p.row.Highlighted))
        {
            plot.Add.Marker(chart.Axis.Clamp(row.Value!.Value), at, MarkerShape.FilledSquare, 13, ChartStyle.Blue);
            legend.Add(ChartStyle.MarkerItem(row.Label, ChartStyle.Blue, MarkerShape.FilledSquare));
        }
        foreach (var (row, i) in rows.Select((row, i) => (row, i)).Where(p => !ChartData.HasValue(p.row.Value)))
        {
            ChartStyle.Text(plot, row.Note ?? "no figure", chart.Axis.Min, RowAt(i), Alignment.MiddleLeft, ChartStyle.DarkGrey).OffsetX = 6;
        }
        ChartStyle.Apply(plot, plot.Axes.Bottom, chart.Axis);
        ChartStyle.Categories(plot.Axes.Left, rows.Select(r => Shorten(r.Label)).ToList(), LabelCharacters, RowAt);
        ChartStyle.Categories(plot.Axes.Right,
            rows.Select(r => ChartData.HasValue(r.Value) ? ChartFormat.Value(r.Value!.Value, chart.Format) : "").ToList(), LabelCharacters, RowAt);
        ChartStyle.Limits(plot, plot.Axes.Left, -0.5, rows.Count - 0.5);
        ChartStyle.Limits(plot, plot.Axes.Right, -0.5, rows.Count - 0.5);
        plot.Grid.YAxisStyle.IsVisible = false;
        ChartStyle.Legend(plot, legend);
        var titles = shown.Select(p => new MarkTitle(new Coordinates(chart.Axis.Clamp(p.row.Value!.Value), p.Item1), chart.RowTitle(rows.Count - 1 - (int)p.Item1), p.row.Highlighted))
            .ToList();
        return new Drawing(plot, Frame + (RowHeight * Math.Max(1, rows.Count)), titles);
    }

    /// <summary>A long name is shortened with an ellipsis; the full name is in the point's title, the description and the table.</summary>
    private static string Shorten(string label) => label.Length <= LabelCharacters ? label : string.Concat(label.AsSpan(0, LabelCharacters - 1).TrimEnd(), "…");
}
