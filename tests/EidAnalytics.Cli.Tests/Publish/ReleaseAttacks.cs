using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>
/// An outsider's differencing attacks on a release, each a difference of published figures that equals a true count
/// when the figures are exact. The guess is the published difference (never below 0); it is tried wherever the true
/// count is 1–4 and every figure it needs is shown.
/// </summary>
internal static class ReleaseAttacks
{
    private static readonly string[] Levels = [.. MetricIds.WomenShareByLevel];

    public static IReadOnlyDictionary<string, AttackResult> Run(ReleaseData samples, DisclosureOptions options)
    {
        var results = new SortedDictionary<string, (int Tried, int Right)>(StringComparer.Ordinal);
        void Try(string attack, long truth, params (PublishedProportion? Figure, bool Numerator, int Sign)[] terms)
        {
            if (truth is < 1 or > 4 || terms.Any(t => t.Figure is null || (t.Numerator && t.Figure.Count is null)))
            {
                return;
            }
            var guess = Math.Max(0, terms.Sum(t => t.Sign * (t.Numerator ? t.Figure!.Count!.Value : t.Figure!.Denominator)));
            var (tried, right) = results.GetValueOrDefault(attack);
            results[attack] = (tried + 1, right + (guess == truth ? 1 : 0));
        }

        var releases = samples.Releases(options);
        var groups = ReleaseGroups.Fixed(samples.Organisations);
        for (var s = 0; s < releases.Count; s++)
        {
            var release = releases[s];
            var units = samples.Units(release.Snapshot).ToDictionary(u => u.Code);
            foreach (var (code, unit) in units)
            {
                PublishedProportion? P(string metric) => release.Unit(code, metric);
                (long Num, long Den) T(string metric) => Truth(unit, metric);

                Try("leadership − level 5: women at level 6", T(MetricIds.WomenShareLevel6).Num, (P(MetricIds.WomenShareLeadership), true, 1), (P(MetricIds.WomenShareLevel5), true, -1));
                Try("leadership − level 5: staff at level 6", T(MetricIds.WomenShareLevel6).Den, (P(MetricIds.WomenShareLeadership), false, 1), (P(MetricIds.WomenShareLevel5), false, -1));
                for (var k = 0; k < Levels.Length; k++)
                {
                    var others = Levels.Where((_, j) => j != k).ToList();
                    Try("headline − other levels: women at a level", T(Levels[k]).Num,
                        [(P(MetricIds.WomenShare), true, 1), .. others.Select(o => (P(o), true, -1))]);
                    Try("headline − other levels: staff at a level", T(Levels[k]).Den,
                        [(P(MetricIds.WomenShare), false, 1), .. others.Select(o => (P(o), false, -1))]);
                }
                Try("all staff − recorded: undisclosed gender", T(MetricIds.DeclarationRateGender).Den - T(MetricIds.DeclarationRateGender).Num,
                    (P(MetricIds.DeclarationRateGender), false, 1), (P(MetricIds.DeclarationRateGender), true, -1));
                foreach (var metric in new[] { MetricIds.StabilityIndexWomen, MetricIds.StabilityIndexMen })
                {
                    Try("a year before − stayed: leavers", T(metric).Den - T(metric).Num, (P(metric), false, 1), (P(metric), true, -1));
                }
                Try("basket with − without a council: its women", T(MetricIds.WomenShare).Num, (P(MetricIds.WomenShare), true, 1));
                if (s + 1 < releases.Count && samples.Units(releases[s + 1].Snapshot).FirstOrDefault(u => u.Code == code) is { } next)
                {
                    var later = releases[s + 1];
                    // This year's women against next year's women of a year before, and next year's stayers: leavers by snapshot.
                    Try("women now − next year's stayers", T(MetricIds.WomenShare).Num - Truth(next, MetricIds.StabilityIndexWomen).Num,
                        (P(MetricIds.WomenShare), true, 1), (later.Unit(code, MetricIds.StabilityIndexWomen), true, -1));
                    Try("next year's women a year before − women now", Truth(next, MetricIds.StabilityIndexWomen).Den - T(MetricIds.WomenShare).Num,
                        (later.Unit(code, MetricIds.StabilityIndexWomen), false, 1), (P(MetricIds.WomenShare), true, -1));
                }
            }
            foreach (var group in groups)
            {
                var members = group.Codes.Where(units.ContainsKey).ToList();
                foreach (var member in members)
                {
                    var others = members.Where(m => m != member).ToList();
                    foreach (var metric in new[] { MetricIds.WomenShare, MetricIds.WomenShareLevel6, MetricIds.WomenShareLeadership })
                    {
                        Try("group − its other members: women", Truth(units[member], metric).Num,
                            [(release.Group(group.Key, metric), true, 1), .. others.Select(o => (release.Unit(o, metric), true, -1))]);
                        Try("group − its other members: staff", Truth(units[member], metric).Den,
                            [(release.Group(group.Key, metric), false, 1), .. others.Select(o => (release.Unit(o, metric), false, -1))]);
                    }
                }
            }
            // Two fixed groups (a family inside a region, a type against a family) whose members with data differ by one council.
            var withData = groups.Select(g => (g.Key, Members: g.Codes.Where(units.ContainsKey).ToHashSet())).ToList();
            foreach (var larger in withData)
            {
                foreach (var smaller in withData.Where(g => g.Members.Count == larger.Members.Count - 1 && g.Members.IsSubsetOf(larger.Members)))
                {
                    var left = units[larger.Members.Except(smaller.Members).Single()];
                    foreach (var metric in new[] { MetricIds.WomenShare, MetricIds.WomenShareLeadership })
                    {
                        Try("group − a group one council smaller: women", Truth(left, metric).Num,
                            (release.Group(larger.Key, metric), true, 1), (release.Group(smaller.Key, metric), true, -1));
                        Try("group − a group one council smaller: staff", Truth(left, metric).Den,
                            (release.Group(larger.Key, metric), false, 1), (release.Group(smaller.Key, metric), false, -1));
                    }
                }
            }
        }
        return results.ToDictionary(r => r.Key, r => new AttackResult(r.Value.Tried, r.Value.Right));
    }

    /// <summary>A metric's true numerator and denominator from a dataset's cells.</summary>
    public static (long Num, long Den) Truth(ReleaseUnit unit, string metricId)
    {
        var metric = ComparableMetrics.Find(metricId)!;
        return (unit.Cells.Sum(metric.NumeratorCells).Count, unit.Cells.Sum(metric.DenominatorCells).Count);
    }
}
