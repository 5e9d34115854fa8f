using System.Globalization;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Core.Analyses;

/// <summary>The projection's metrics (DESIGN §6) from a scope's flows, by <see cref="WorkforceProjection"/>.</summary>
internal static class ProjectionFigures
{
    /// <summary>The scope's flows by level, women and others.</summary>
    public static LevelFlow[] Flows(ScopeTally tally)
    {
        var analyses = tally.Analyses;
        return [.. Enumerable.Range(0, Covariates.Levels).Select(i => new LevelFlow(
            tally.AtEndByLevel[i].Women, Others(tally.AtEndByLevel[i]),
            analyses.RowsByLevel[i].Women, Others(analyses.RowsByLevel[i]),
            analyses.LeaversByLevel[i].Women, Others(analyses.LeaversByLevel[i]),
            analyses.PromotedByLevel[i].Women, Others(analyses.PromotedByLevel[i]),
            analyses.JoinersByLevel[i].Women, Others(analyses.JoinersByLevel[i])))];
    }

    private static int Others(GenderCounts counts) => counts.Declared - counts.Women;

    public static void Add(List<MetricValue> metrics, LevelFlow[] flows, MetricOptions options)
    {
        var years = Math.Max(MetricIds.ProjectionYears, options.ProjectionYear);
        if (flows.Sum(f => f.StaffWomen + f.StaffOthers) == 0)
        {
            const string Nobody = "No one employed at the snapshot date has a recorded gender of female, male or other, so there is nothing to project.";
            foreach (var id in MetricIds.ProjectionWomenShare.Concat(MetricIds.ProjectionLeadershipShare).Append(MetricIds.ProjectionHiringShareNeeded))
            {
                metrics.Add(MetricValue.Missing(id, Nobody));
            }
            return;
        }
        var intervals = WorkforceProjection.Bootstrap(flows, years, options.ProjectionSeed);
        AddShares(metrics, MetricIds.ProjectionWomenShare, intervals.WomenShare, "");
        AddShares(metrics, MetricIds.ProjectionLeadershipShare, intervals.LeadershipShare,
            "No one at levels 5–6 at the snapshot date has a recorded gender, so there is no leadership share to project.");
        metrics.Add(WorkforceProjection.HiringShareNeeded(flows, options.ProjectionTarget, options.ProjectionYear) is { } needed
            ? new MetricValue(MetricIds.ProjectionHiringShareNeeded, needed)
            : MetricValue.Missing(MetricIds.ProjectionHiringShareNeeded, string.Create(CultureInfo.InvariantCulture,
                $"A women's share of {options.ProjectionTarget:0.#%} in {options.ProjectionYear} years cannot be reached by hiring alone: even if every hire were a woman, too few posts fall vacant at the current leaving and promotion rates.")));
    }

    private static void AddShares(List<MetricValue> metrics, IReadOnlyList<string> ids, IReadOnlyList<ProjectedShare?> shares, string reasonWhenEmpty)
    {
        for (var year = 0; year < ids.Count; year++)
        {
            metrics.Add(shares[year] is { } share
                ? new MetricValue(ids[year], share.Median, CiLow: share.Low, CiHigh: share.High)
                : MetricValue.Missing(ids[year], reasonWhenEmpty));
        }
    }
}
