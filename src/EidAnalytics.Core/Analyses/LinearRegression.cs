using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace EidAnalytics.Core.Analyses;

/// <summary>An ordinary least squares fit: β, SE(β), the residual degrees of freedom; or null coefficients when the design is rank deficient.</summary>
public sealed record LinearFit(double[]? Coefficients, double[]? StandardErrors, int DegreesOfFreedom);

/// <summary>
/// Ordinary least squares of grouped observations. Cell c holds n_c observations sharing covariates x_c, with
/// mean ȳ_c and within-cell sum of squares S_c = Σ (y − ȳ_c)². The residual sum of squares of the row-level
/// regression splits as Σ S_c + Σ n_c (ȳ_c − x_c'β)², and only the second part depends on β, so the row-level
/// estimate is the weighted fit of the cell means with weights n_c, and the row-level σ̂² and standard errors
/// follow exactly: σ̂² = RSS / (n − p), Var(β̂) = σ̂² (X'WX)⁻¹ (e.g. Draper NR, Smith H (1998) Applied Regression
/// Analysis, 3rd ed., §9.2 on grouped data and §5.2 on the covariance).
/// </summary>
/// <remarks>
/// Solved by Householder QR of W^½X (MathNet), never by forming X'X, so near-collinear covariates lose no more
/// accuracy than the problem itself; (X'WX)⁻¹ = R⁻¹R⁻ᵀ. A column whose |R_jj| is below 1e-9 of the largest is
/// taken as a combination of the others (rank deficient) and no estimate is given.
/// </remarks>
public static class LinearRegression
{
    private const double RankTolerance = 1e-9;

    /// <param name="design">x_c per cell, with a leading 1 for the intercept.</param>
    /// <param name="counts">n_c ≥ 0; cells with none are left out.</param>
    /// <param name="means">ȳ_c.</param>
    /// <param name="withinSquares">S_c.</param>
    public static LinearFit FitGrouped(double[][] design, double[] counts, double[] means, double[] withinSquares)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(withinSquares);
        if (design.Length == 0 || counts.Length != design.Length || means.Length != design.Length || withinSquares.Length != design.Length)
        {
            throw new ArgumentException("There must be one row of the design and one count, mean and sum of squares per cell.", nameof(design));
        }
        var p = design[0].Length;
        var used = Enumerable.Range(0, design.Length).Where(c => counts[c] > 0).ToArray();
        var n = used.Sum(c => counts[c]);
        var degrees = (int)Math.Round(n) - p;
        if (used.Length < p || degrees <= 0)
        {
            return new LinearFit(null, null, degrees);
        }

        var x = Matrix<double>.Build.Dense(used.Length, p, (i, j) => Math.Sqrt(counts[used[i]]) * design[used[i]][j]);
        var y = Vector<double>.Build.Dense(used.Length, i => Math.Sqrt(counts[used[i]]) * means[used[i]]);
        // Thin: Q is n × p, not n × n; only R and the solve are needed.
        var qr = x.QR(QRMethod.Thin);
        var r = qr.R.SubMatrix(0, p, 0, p);
        var largest = Enumerable.Range(0, p).Max(j => Math.Abs(r[j, j]));
        if (Enumerable.Range(0, p).Any(j => Math.Abs(r[j, j]) <= RankTolerance * largest))
        {
            return new LinearFit(null, null, degrees);
        }
        var beta = qr.Solve(y);
        var between = (y - x * beta).DotProduct(y - x * beta);
        var variance = (used.Sum(c => withinSquares[c]) + between) / degrees;
        var rInverse = r.Inverse();
        var unscaled = rInverse * rInverse.Transpose();
        return new LinearFit(beta.ToArray(), [.. Enumerable.Range(0, p).Select(j => Math.Sqrt(variance * unscaled[j, j]))], degrees);
    }
}
