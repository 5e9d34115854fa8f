using MathNet.Numerics.LinearAlgebra;

namespace EidAnalytics.Core.Analyses;

/// <summary>An unpenalised logistic regression's estimates, or why there are none.</summary>
/// <param name="Coefficients">β, in the design's column order (column 0 is the intercept); null when <see cref="Failure"/> is set.</param>
/// <param name="StandardErrors">√diag(I(β̂)⁻¹), the inverse observed information at the estimate.</param>
/// <param name="Iterations">Newton–Raphson steps taken.</param>
/// <param name="Failure">Null for a converged fit; otherwise <see cref="LogisticFailure"/>.</param>
public sealed record LogisticFit(double[]? Coefficients, double[]? StandardErrors, int Iterations, LogisticFailure? Failure);

/// <summary>
/// Maximum-likelihood logistic regression of grouped binomial data: cell c has covariates x_c, n_c trials and
/// y_c events. The log likelihood Σ y_c ln μ_c + (n_c − y_c) ln(1 − μ_c), μ_c = 1 / (1 + e^(−x_c'β)), is that of
/// the row-level binary data the cells came from (rows that share x are exchangeable), so fitting the few
/// cells gives the row-level estimates and standard errors exactly.
/// </summary>
/// <remarks>
/// Fitted by Newton–Raphson, which for the canonical logit link is iteratively reweighted least squares
/// (McCullagh P, Nelder JA (1989) Generalized Linear Models, 2nd ed., §4.4; Agresti A (2013) Categorical Data
/// Analysis, 3rd ed., §5.4.1 and §4.6): β ← β + I(β)⁻¹U(β), with score U = Σ x_c (y_c − n_c μ_c) and information
/// I = Σ n_c μ_c (1 − μ_c) x_c x_c', solved by Cholesky. Converged when no coefficient moves by more than
/// 1e-10. Separation (Albert A, Anderson JA (1984) Biometrika 71:1–10) shows as a coefficient beyond ±20
/// (an odds ratio beyond 5 × 10⁸): the likelihood has no maximum and the estimate would be meaningless.
/// ML.NET's L-BFGS trainer maximises the same likelihood; the tests check the two agree (docs/metrics.md says
/// why this fitter is the one used).
/// </remarks>
public static class LogisticRegression
{
    private const int MaxIterations = 50;
    private const double StepTolerance = 1e-10;
    private const double SeparationBound = 20;

    /// <param name="design">One row per cell: x_c, with a leading 1 for the intercept.</param>
    /// <param name="trials">n_c ≥ 0.</param>
    /// <param name="events">y_c, 0 ≤ y_c ≤ n_c.</param>
    public static LogisticFit Fit(double[][] design, double[] trials, double[] events)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(events);
        if (design.Length != trials.Length || design.Length != events.Length || design.Length == 0)
        {
            throw new ArgumentException("There must be one row of the design, one trial count and one event count per cell.", nameof(design));
        }
        var p = design[0].Length;
        var beta = Vector<double>.Build.Dense(p);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var (information, score) = InformationAndScore(design, trials, events, beta);
            Vector<double> step;
            try
            {
                step = information.Cholesky().Solve(score);
            }
            catch (ArgumentException)
            {
                return new LogisticFit(null, null, iteration, LogisticFailure.Singular);
            }
            beta += step;
            if (beta.AbsoluteMaximum() > SeparationBound)
            {
                return new LogisticFit(null, null, iteration, LogisticFailure.Separation);
            }
            if (step.AbsoluteMaximum() < StepTolerance)
            {
                var (atEstimate, _) = InformationAndScore(design, trials, events, beta);
                var covariance = atEstimate.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(p));
                var errors = new double[p];
                for (var j = 0; j < p; j++)
                {
                    errors[j] = Math.Sqrt(covariance[j, j]);
                }
                return new LogisticFit(beta.ToArray(), errors, iteration, null);
            }
        }
        return new LogisticFit(null, null, MaxIterations, LogisticFailure.NotConverged);
    }

    /// <summary>I(β) and U(β), summed into plain arrays (MathNet's element indexers cost more than the arithmetic).</summary>
    private static (Matrix<double> Information, Vector<double> Score) InformationAndScore(
        double[][] design, double[] trials, double[] events, Vector<double> beta)
    {
        var p = beta.Count;
        var b = beta.AsArray() ?? beta.ToArray();
        // Column-major, as MathNet's dense storage is; only the lower triangle is summed, then mirrored.
        var information = new double[p * p];
        var score = new double[p];
        for (var c = 0; c < design.Length; c++)
        {
            if (trials[c] <= 0)
            {
                continue;
            }
            var x = design[c];
            var eta = 0.0;
            for (var j = 0; j < p; j++)
            {
                eta += x[j] * b[j];
            }
            var mu = 1 / (1 + Math.Exp(-eta));
            var weight = trials[c] * mu * (1 - mu);
            var residual = events[c] - trials[c] * mu;
            for (var j = 0; j < p; j++)
            {
                if (x[j] == 0)
                {
                    continue;
                }
                score[j] += x[j] * residual;
                var wx = weight * x[j];
                for (var k = 0; k <= j; k++)
                {
                    information[k * p + j] += wx * x[k];
                }
            }
        }
        for (var j = 0; j < p; j++)
        {
            for (var k = j + 1; k < p; k++)
            {
                information[k * p + j] = information[j * p + k];
            }
        }
        return (Matrix<double>.Build.Dense(p, p, information), Vector<double>.Build.Dense(score));
    }
}
