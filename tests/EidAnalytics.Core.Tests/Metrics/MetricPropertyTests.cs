using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using FsCheck;
using FsCheck.Fluent;
using static EidAnalytics.Core.Tests.Metrics.Staff;

namespace EidAnalytics.Core.Tests.Metrics;

public class MetricPropertyTests
{
    private static readonly Gen<EmployeeRecord> Row =
        from gender in Gen.Elements(Enum.GetValues<Gender>())
        from family in Gen.Elements(JobFamily.It, JobFamily.Digital, JobFamily.Data, JobFamily.Other)
        from level in Gen.Choose(1, 6)
        from daysSinceStart in Gen.Choose(0, 3000)
        from leaves in Gen.Elements(false, false, true)
        from daysSinceLeaving in Gen.Choose(0, Math.Min(daysSinceStart, 364))
        from reason in Gen.Elements(Enum.GetValues<LeaveReason>())
        from daysSincePromotion in Gen.Choose(-1, 700)
        from fte in Gen.Elements(1.0, 1.0, 0.8, 0.5, 0.2)
        from ethnicity in Gen.Elements(Enum.GetValues<Ethnicity>().Select(e => (Ethnicity?)e).Append(null))
        from disability in Gen.Elements(Enum.GetValues<Disability>().Select(d => (Disability?)d).Append(null))
        from pay in Gen.Elements<double?>(null, 0, 10, 12, 12, 15, 20, 25)
        from bonus in Gen.Elements<double?>(null, 0, 0, 100, 500)
        select new EmployeeRecord
        {
            OrganisationCode = "E09000030",
            SnapshotDate = Snapshot,
            EmployeeRef = "generated",
            JobFamily = family,
            Level = level,
            Fte = fte,
            StartDate = Snapshot.AddDays(-daysSinceStart),
            LeaveDate = leaves ? Snapshot.AddDays(-daysSinceLeaving) : null,
            LeaveReason = leaves ? reason : null,
            LastPromotionDate = daysSincePromotion < 0 ? null : Snapshot.AddDays(-daysSincePromotion),
            Gender = gender,
            Ethnicity = ethnicity,
            Disability = disability,
            HourlyPay = pay,
            BonusPay = bonus,
        };

    private static readonly Arbitrary<EmployeeRecord[]> Extracts = Row.ArrayOf().ToArbitrary();

    private static readonly HashSet<string> Rates =
    [
        MetricIds.TurnoverRate, MetricIds.TurnoverRateWomen, MetricIds.TurnoverRateMen,
        MetricIds.VoluntaryTurnoverRate, MetricIds.VoluntaryTurnoverRateWomen, MetricIds.VoluntaryTurnoverRateMen,
    ];

    private static readonly HashSet<string> Ratios =
    [
        MetricIds.LeavingRelativeLikelihood, MetricIds.PromotionRelativeLikelihood, .. MetricIds.PipelineRatioByLevel,
        MetricIds.AdjustedLeavingOddsRatio, MetricIds.AdjustedPromotionOddsRatio,
    ];

    private static readonly HashSet<string> Gaps =
        [MetricIds.PayMeanGap, MetricIds.PayMedianGap, MetricIds.BonusMeanGap, MetricIds.BonusMedianGap, MetricIds.AdjustedPayGap];

    private static IReadOnlyList<ScopeMetrics> Compute(IEnumerable<EmployeeRecord> rows) =>
        WorkforceMetrics.Compute(rows.ToList(), AllColumns, Snapshot, MetricOptions.Default);

    [Fact]
    public void Every_figure_is_finite_shares_lie_in_zero_to_one_and_every_interval_contains_its_estimate() =>
        Prop.ForAll(Extracts, rows =>
        {
            foreach (var metric in Compute(rows).SelectMany(s => s.Metrics))
            {
                Assert.True(IsSound(metric), metric.ToString());
            }
        }).QuickCheckThrowOnFailure();

    private static bool IsSound(MetricValue m)
    {
        double?[] numbers = [m.Value, m.Numerator, m.Denominator, m.CiLow, m.CiHigh];
        if (numbers.Any(n => n is { } x && !double.IsFinite(x)))
        {
            return false;
        }
        if (m.Value is not { } value)
        {
            return m.Reason is not null || m.Category is not null;
        }
        var inRange = Gaps.Contains(m.Id) || (Rates.Contains(m.Id) ? value >= 0 : Ratios.Contains(m.Id) ? value > 0 : value is >= 0 and <= 1);
        var covered = m.CiLow is not { } low || m.CiHigh is not { } high || (low <= value && value <= high);
        return inRange && covered && m.Reason is null;
    }

    [Fact]
    public void Reordering_the_rows_changes_nothing() =>
        Prop.ForAll(
            Row.ArrayOf().SelectMany(rows => Gen.Shuffle(rows).Select(shuffled => (rows, shuffled))).ToArbitrary(),
            pair => Same(Compute(pair.rows), Compute(pair.shuffled))).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_one_man_never_raises_a_women_share() =>
        Prop.ForAll(Extracts, Gen.Choose(1, 6).ToArbitrary(), (rows, level) =>
        {
            var before = Compute(rows)[0];
            var after = Compute([.. rows, Man.AtLevel(level)])[0];
            string[] shares = [MetricIds.WomenShare, MetricIds.WomenShareLeadership, .. MetricIds.WomenShareByLevel];
            return shares.All(id => before.Get(id).Value is not { } old || after.Get(id).Value <= old);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Swapping_women_and_men_inverts_each_relative_likelihood() =>
        Prop.ForAll(Extracts, rows =>
        {
            var swapped = rows.Select(r => r with
            {
                Gender = r.Gender switch { Gender.Female => Gender.Male, Gender.Male => Gender.Female, var g => g },
            });
            var before = Compute(rows)[0];
            var after = Compute(swapped)[0];
            return new[] { MetricIds.LeavingRelativeLikelihood, MetricIds.PromotionRelativeLikelihood }.All(id =>
            {
                MetricValue a = before.Get(id), b = after.Get(id);
                return (a.Value, b.Value) switch
                {
                    (null, null) => true,
                    ({ } x, { } y) => Close(x * y, 1) && Close(a.CiLow!.Value * b.CiHigh!.Value, 1) && Close(a.CiHigh!.Value * b.CiLow!.Value, 1),
                    _ => false,
                };
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Women_and_men_with_identical_histories_have_a_relative_likelihood_of_exactly_one() =>
        Prop.ForAll(Extracts, rows =>
        {
            var women = rows.Select(r => r with { Gender = Gender.Female, JobFamily = JobFamily.It }).ToArray();
            var men = women.Select(r => r with { Gender = Gender.Male });
            var scope = Compute([.. women, .. men])[0];
            return new[] { MetricIds.LeavingRelativeLikelihood, MetricIds.PromotionRelativeLikelihood }
                .All(id => scope.Get(id).Value is null or 1.0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_organisation_scope_is_the_it_function_scope_of_the_same_rows_all_counted_as_it() =>
        Prop.ForAll(Extracts, rows =>
        {
            var withOther = rows.Append(Woman.InFamily(JobFamily.Other)).ToArray();
            var organisation = Compute(withOther)[1];
            var relabelled = Compute(withOther.Select(r => r with { JobFamily = JobFamily.It }))[0];
            return organisation.Scope == Scopes.Organisation && Same([organisation with { Scope = "" }], [relabelled with { Scope = "" }]);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Interleaved_rows_of_many_organisations_give_each_the_figures_it_has_alone() =>
        Prop.ForAll(Extracts, Extracts, (first, second) =>
        {
            var other = second.Select(r => r with { OrganisationCode = "E06000001" }).ToArray();
            var interleaved = first.Zip(other).SelectMany(p => new[] { p.First, p.Second })
                .Concat(first.Skip(other.Length)).Concat(other.Skip(first.Length));

            var together = WorkforceMetrics.ComputeByOrganisation(interleaved, AllColumns, MetricOptions.Default);

            var alone = new[] { other, first }.Where(rows => rows.Length > 0).Select(rows => Compute(rows)).ToList();
            return together.Count == alone.Count && together.Zip(alone).All(p => Same(p.First.Scopes, p.Second));
        }).QuickCheckThrowOnFailure();

    private static bool Same(IReadOnlyList<ScopeMetrics> a, IReadOnlyList<ScopeMetrics> b) =>
        a.Count == b.Count && a.Zip(b).All(pair =>
            pair.First.Scope == pair.Second.Scope
            && pair.First.Metrics.Count == pair.Second.Metrics.Count
            && pair.First.Metrics.Zip(pair.Second.Metrics).All(m => Same(m.First, m.Second)));

    // FTE totals are summed in row order, so they may differ in the last bit; everything else is exact.
    private static bool Same(MetricValue a, MetricValue b) =>
        a.Id == b.Id && a.Category == b.Category && a.Reason == b.Reason
        && Close(a.Value, b.Value) && Close(a.Numerator, b.Numerator) && Close(a.Denominator, b.Denominator)
        && Close(a.CiLow, b.CiLow) && Close(a.CiHigh, b.CiHigh) && Close(a.Unadjusted, b.Unadjusted);

    private static bool Close(double? a, double? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) <= 1e-12 * Math.Max(1, Math.Abs(y)),
            _ => false,
        };
}
