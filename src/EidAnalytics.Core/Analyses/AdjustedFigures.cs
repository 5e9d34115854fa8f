using System.Globalization;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace EidAnalytics.Core.Analyses;

/// <summary>
/// The adjusted figures of DESIGN §6: women's odds of leaving and of promotion relative to men's, and the pay
/// gap, each within the same level, length of service band and working pattern. docs/metrics.md gives the
/// models, their sources and their limits: they measure an association, not its cause.
/// </summary>
internal static class AdjustedFigures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Events and non-events each gender must have, and rows the fit must have (DESIGN §6).</summary>
    public const int MinimumOutcomes = 5;

    public const int MinimumRows = 50;

    /// <summary>Women and men with pay the adjusted gap needs.</summary>
    public const int MinimumWithPay = 10;

    /// <summary>The adjusted leaving odds ratio over every woman and man employed at some time in P.</summary>
    public static MetricValue LeavingOddsRatio(AnalysisTally tally, bool hasPattern) =>
        OddsRatio(
            MetricIds.AdjustedLeavingOddsRatio, ToDouble(tally.Rows), ToDouble(tally.Leavers), hasPattern,
            new Outcome("left", "stayed", "who left and who stayed"));

    /// <summary>The adjusted promotion odds ratio over women and men at the snapshot above level 1.</summary>
    public static MetricValue PromotionOddsRatio(AnalysisTally tally, bool hasPattern)
    {
        var trials = ToDouble(tally.AtEnd);
        var events = ToDouble(tally.Promoted);
        for (var cell = 0; cell < trials.Length; cell++)
        {
            if (Covariates.Parts(cell).LevelIndex == 0)
            {
                (trials[cell], events[cell]) = (0, 0);
            }
        }
        return OddsRatio(MetricIds.AdjustedPromotionOddsRatio, trials, events, hasPattern, new Outcome("were promoted", "were not", "who was promoted and who was not"));
    }

    private sealed record Outcome(string Happened, string DidNot, string Who);

    private static MetricValue OddsRatio(string id, double[] trials, double[] events, bool hasPattern, Outcome outcome)
    {
        double womenEvents = 0, womenTrials = 0, menEvents = 0, menTrials = 0;
        for (var cell = 0; cell < trials.Length; cell++)
        {
            if (Covariates.Parts(cell).Woman)
            {
                (womenEvents, womenTrials) = (womenEvents + events[cell], womenTrials + trials[cell]);
            }
            else
            {
                (menEvents, menTrials) = (menEvents + events[cell], menTrials + trials[cell]);
            }
        }
        var counts = new[] { womenEvents, womenTrials - womenEvents, menEvents, menTrials - menEvents };
        if (counts.Any(c => c < MinimumOutcomes) || womenTrials + menTrials < MinimumRows)
        {
            return MetricValue.Missing(id, string.Create(Invariant,
                $"Needs at least {MinimumOutcomes} women and {MinimumOutcomes} men who {outcome.Happened} and as many who {outcome.DidNot}, and {MinimumRows} people in all; there were {counts[0]} and {counts[1]} women, {counts[2]} and {counts[3]} men ({womenTrials + menTrials} people)."));
        }
        var unadjusted = counts[0] / counts[1] / (counts[2] / counts[3]);

        var design = CovariateDesign.For(trials, events, hasPattern, mergeWithoutVariation: true);
        var (rows, n, y) = Cells(design, trials, events);
        var fit = LogisticRegression.Fit(rows, n, y);
        if (fit.Coefficients is not { } beta || fit.StandardErrors is not { } errors)
        {
            return MetricValue.Missing(id, fit.Failure switch
            {
                LogisticFailure.Separation => $"Some combination of level, length of service and working pattern tells exactly {outcome.Who} (separation), so the adjusted odds ratio has no finite estimate.",
                LogisticFailure.Singular => "Being a woman cannot be told apart from level, length of service and working pattern in these data, so no adjusted odds ratio can be estimated.",
                _ => "The model's fit did not settle, so no adjusted odds ratio is given.",
            }) with { Unadjusted = unadjusted };
        }
        var b = beta[CovariateDesign.Woman];
        var se = errors[CovariateDesign.Woman];
        return new MetricValue(
            id, Math.Exp(b), CiLow: Math.Exp(b - ConfidenceIntervals.Z95 * se), CiHigh: Math.Exp(b + ConfidenceIntervals.Z95 * se),
            Unadjusted: unadjusted);
    }

    /// <summary>
    /// (1 − e^β) × 100, β the woman coefficient of an OLS of ln(hourly pay) over women and men in S1 with pay
    /// above £0; the interval maps β ± t(0.975, n − p)·SE the same way (a higher β is a smaller gap).
    /// </summary>
    public static MetricValue PayGap(AnalysisTally tally, bool hasPattern)
    {
        const string Id = MetricIds.AdjustedPayGap;
        var pay = tally.Pay;
        var counts = Array.ConvertAll(pay, c => (double)c.Count);
        var means = Array.ConvertAll(pay, c => c.Mean);
        var squares = Array.ConvertAll(pay, c => c.WithinSquares);
        var sums = Array.ConvertAll(pay, c => c.Sum);
        double women = 0, men = 0, womenLog = 0, menLog = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            if (Covariates.Parts(c).Woman)
            {
                (women, womenLog) = (women + counts[c], womenLog + sums[c]);
            }
            else
            {
                (men, menLog) = (men + counts[c], menLog + sums[c]);
            }
        }
        if (women < MinimumWithPay || men < MinimumWithPay)
        {
            return MetricValue.Missing(Id, string.Create(Invariant,
                $"Needs at least {MinimumWithPay} women and {MinimumWithPay} men employed at the snapshot date with hourly pay above £0; there were {women} women and {men} men."));
        }
        var unadjusted = Gap(womenLog / women - menLog / men);

        var design = CovariateDesign.For(counts, null, hasPattern, mergeWithoutVariation: false);
        var (rows, n, kept) = Cells(design, counts, means);
        var withinKept = Cells(design, counts, squares).Values;
        var fit = LinearRegression.FitGrouped(rows, n, kept, withinKept);
        if (fit.Coefficients is not { } beta || fit.StandardErrors is not { } errors)
        {
            return MetricValue.Missing(Id,
                "Being a woman cannot be told apart from level, length of service and working pattern in these data (or there are too few people for so many groups), so no adjusted gap can be estimated.")
                with { Unadjusted = unadjusted };
        }
        var b = beta[CovariateDesign.Woman];
        var spread = StudentT.InvCDF(0, 1, fit.DegreesOfFreedom, 0.975) * errors[CovariateDesign.Woman];
        return new MetricValue(Id, Gap(b), CiLow: Gap(b + spread), CiHigh: Gap(b - spread), Unadjusted: unadjusted);
    }

    /// <summary>A difference in log pay as a gap: (1 − e^Δ) × 100, positive when women are paid less.</summary>
    private static double Gap(double logDifference) => (1 - Math.Exp(logDifference)) * 100;

    /// <summary>The design rows of the cells anyone is in, with their trials and the matching outcome values.</summary>
    private static (double[][] Rows, double[] Trials, double[] Values) Cells(CovariateDesign design, double[] trials, double[] values)
    {
        var rows = new List<double[]>();
        var n = new List<double>();
        var v = new List<double>();
        for (var cell = 0; cell < trials.Length; cell++)
        {
            if (trials[cell] > 0 && design.Row(cell) is { } row)
            {
                rows.Add(row);
                n.Add(trials[cell]);
                v.Add(values[cell]);
            }
        }
        return ([.. rows], [.. n], [.. v]);
    }

    private static double[] ToDouble(int[] counts) => Array.ConvertAll(counts, c => (double)c);
}
