using EidAnalytics.Core.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace EidAnalytics.Core.Tests.Statistics;

public class IntervalPropertyTests
{
    // Half the cases sit on the edges (none or all), where rounding is most likely to bite.
    private static readonly Arbitrary<(int Events, int Size)> Proportions =
        (from size in Gen.Choose(1, 5000)
         from events in Gen.OneOf(Gen.Constant(0), Gen.Constant(size), Gen.Choose(0, size), Gen.Choose(0, size))
         select (events, size)).ToArbitrary();

    [Fact]
    public void Every_Wilson_interval_lies_in_zero_to_one_and_contains_its_proportion() =>
        Prop.ForAll(Proportions, p =>
        {
            var interval = ConfidenceIntervals.Wilson(p.Events, p.Size);
            var share = (double)p.Events / p.Size;
            return 0 <= interval.Low && interval.High <= 1 && interval.Contains(share);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_Fingertips_form_agrees_with_Wilsons_centre_and_half_width_form() =>
        Prop.ForAll(Proportions, p =>
        {
            // Wilson (1927): (p̂ + z²/2n ± z√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)
            const double Z = 1.959964;
            double n = p.Size, share = p.Events / n;
            var centre = (share + Z * Z / (2 * n)) / (1 + Z * Z / n);
            var half = Z / (1 + Z * Z / n) * Math.Sqrt(share * (1 - share) / n + Z * Z / (4 * n * n));
            var interval = ConfidenceIntervals.Wilson(p.Events, p.Size);
            return Math.Abs(interval.Low - Math.Max(0, centre - half)) < 1e-12
                && Math.Abs(interval.High - Math.Min(1, centre + half)) < 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_defined_Katz_interval_contains_its_ratio() =>
        Prop.ForAll(Proportions, Proportions, (a, b) =>
            ConfidenceIntervals.KatzLogRatio(a.Events, a.Size, b.Events, b.Size) is not { } estimate
            || estimate.Interval.Contains(estimate.Ratio)).QuickCheckThrowOnFailure();

    [Fact]
    public void Swapping_the_groups_inverts_the_ratio_and_its_interval() =>
        Prop.ForAll(Proportions, Proportions, (a, b) =>
        {
            var forward = ConfidenceIntervals.KatzLogRatio(a.Events, a.Size, b.Events, b.Size);
            var backward = ConfidenceIntervals.KatzLogRatio(b.Events, b.Size, a.Events, a.Size);
            if (forward is not { } f || backward is not { } g)
            {
                return forward is null && backward is null;
            }
            return Close(f.Ratio * g.Ratio, 1)
                && Close(f.Interval.Low * g.Interval.High, 1)
                && Close(f.Interval.High * g.Interval.Low, 1);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Identical_groups_give_a_ratio_of_exactly_one() =>
        Prop.ForAll(Proportions, a =>
            ConfidenceIntervals.KatzLogRatio(a.Events, a.Size, a.Events, a.Size) is not { } estimate
            || estimate.Ratio == 1.0).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_Poisson_interval_contains_its_count() =>
        Prop.ForAll(Gen.Choose(0, 2000).ToArbitrary(), events =>
            ConfidenceIntervals.PoissonExact(events).Contains(events)).QuickCheckThrowOnFailure();

    [Fact]
    public void Quartile_sections_hold_everyone_once_and_all_the_women() =>
        Prop.ForAll(
            Gen.Choose(5, 15).ArrayOf().ToArbitrary(),
            Gen.Choose(5, 15).ArrayOf().ToArbitrary(),
            (women, men) =>
            {
                var sections = PayQuartiles.Split(
                    women.Select(p => (double)p).Order().ToArray(), men.Select(p => (double)p).Order().ToArray());
                var sizes = sections.Select(s => s.Size).ToArray();
                return sizes.Sum() == women.Length + men.Length
                    && sizes.Max() - sizes.Min() <= 1
                    && Close(sections.Sum(s => s.Women) + 1, women.Length + 1)
                    && sections.All(s => s.Women >= 0 && s.Women <= s.Size + 1e-9);
            }).QuickCheckThrowOnFailure();

    private static bool Close(double a, double b) => Math.Abs(a - b) < 1e-9 * Math.Max(1, Math.Abs(b));
}
