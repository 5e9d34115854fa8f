using EidAnalytics.Core.Analyses;

namespace EidAnalytics.Core.Tests.Analyses;

public sealed class LinearRegressionTests
{
    [Fact]
    public void Two_groups_give_their_mean_difference_and_the_pooled_variance_error_worked_by_hand()
    {
        // Group 0: y = 1, 2, 3 (mean 2, S = 2); group 1: y = 4, 6 (mean 5, S = 2). On [1, x]:
        // β0 = 2, β1 = 5 − 2 = 3; RSS = 2 + 2 = 4 on n − p = 5 − 2 = 3 degrees, σ̂² = 4/3;
        // SE(β1) = √(σ̂² (1/3 + 1/2)) = √(4/3 · 5/6) = √(10/9) = 1.0540926; SE(β0) = √(σ̂²/3) = √(4/9) = 2/3.
        var fit = LinearRegression.FitGrouped([[1, 0], [1, 1]], [3, 2], [2, 5], [2, 2]);

        Assert.Equal(3, fit.DegreesOfFreedom);
        Assert.Equal(2, fit.Coefficients![0], 1e-12);
        Assert.Equal(3, fit.Coefficients[1], 1e-12);
        Assert.Equal(2.0 / 3, fit.StandardErrors![0], 1e-12);
        Assert.Equal(Math.Sqrt(10.0 / 9), fit.StandardErrors[1], 1e-12);
    }

    [Fact]
    public void Grouped_cells_give_the_normal_equations_estimates_and_errors_of_the_rows()
    {
        // Rows (intercept, woman, senior) with their y, grouped into the four cells they share.
        (double[] X, double Y)[] rows =
        [
            ([1, 0, 0], 2.9), ([1, 0, 0], 3.1), ([1, 0, 0], 3.0),
            ([1, 1, 0], 2.8), ([1, 1, 0], 2.9),
            ([1, 0, 1], 3.6), ([1, 0, 1], 3.5), ([1, 0, 1], 3.8), ([1, 0, 1], 3.7),
            ([1, 1, 1], 3.4), ([1, 1, 1], 3.3), ([1, 1, 1], 3.6),
        ];
        var cells = rows.GroupBy(r => string.Join(",", r.X)).Select(g => (
            X: g.First().X, N: (double)g.Count(), Mean: g.Average(r => r.Y), S: g.Sum(r => Math.Pow(r.Y - g.Average(q => q.Y), 2)))).ToArray();

        var fit = LinearRegression.FitGrouped(
            [.. cells.Select(c => c.X)], [.. cells.Select(c => c.N)], [.. cells.Select(c => c.Mean)], [.. cells.Select(c => c.S)]);
        var (beta, errors) = NormalEquations(rows);

        Assert.Equal(rows.Length - 3, fit.DegreesOfFreedom);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(beta[j], fit.Coefficients![j], 1e-10);
            Assert.Equal(errors[j], fit.StandardErrors![j], 1e-10);
        }
    }

    [Fact]
    public void A_column_that_is_another_gives_no_estimate()
    {
        var fit = LinearRegression.FitGrouped([[1, 1, 1], [1, 0, 0], [1, 1, 1]], [3, 4, 5], [1, 2, 3], [1, 1, 1]);

        Assert.Null(fit.Coefficients);
    }

    /// <summary>β = (X'X)⁻¹X'y and SE = √(σ̂² diag (X'X)⁻¹), σ̂² = RSS / (n − p), the 3 × 3 inverse by cofactors.</summary>
    private static (double[] Beta, double[] Errors) NormalEquations((double[] X, double Y)[] rows)
    {
        var xtx = new double[3, 3];
        var xty = new double[3];
        foreach (var (x, y) in rows)
        {
            for (var j = 0; j < 3; j++)
            {
                xty[j] += x[j] * y;
                for (var k = 0; k < 3; k++)
                {
                    xtx[j, k] += x[j] * x[k];
                }
            }
        }
        double M(int i, int j) => xtx[i, j];
        var det = M(0, 0) * (M(1, 1) * M(2, 2) - M(1, 2) * M(2, 1)) - M(0, 1) * (M(1, 0) * M(2, 2) - M(1, 2) * M(2, 0)) + M(0, 2) * (M(1, 0) * M(2, 1) - M(1, 1) * M(2, 0));
        var inverse = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                // The cofactor of (j, i), over the determinant.
                var (r0, r1) = (j == 0 ? 1 : 0, j == 2 ? 1 : 2);
                var (c0, c1) = (i == 0 ? 1 : 0, i == 2 ? 1 : 2);
                inverse[i, j] = ((i + j) % 2 == 0 ? 1 : -1) * (M(r0, c0) * M(r1, c1) - M(r0, c1) * M(r1, c0)) / det;
            }
        }
        var beta = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 3).Sum(k => inverse[i, k] * xty[k])).ToArray();
        var rss = rows.Sum(r => Math.Pow(r.Y - r.X.Zip(beta, (x, b) => x * b).Sum(), 2));
        var variance = rss / (rows.Length - 3);
        return (beta, [.. Enumerable.Range(0, 3).Select(j => Math.Sqrt(variance * inverse[j, j]))]);
    }
}
