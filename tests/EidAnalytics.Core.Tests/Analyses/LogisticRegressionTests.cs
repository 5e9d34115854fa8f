using EidAnalytics.Core.Analyses;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;
using Microsoft.ML.Trainers;

namespace EidAnalytics.Core.Tests.Analyses;

public sealed class LogisticRegressionTests
{
    [Fact]
    public void With_only_a_woman_indicator_the_estimate_is_the_log_odds_ratio_and_its_error_woolfs()
    {
        // A 2 × 2 table: women 10 of 40 left, men 20 of 120. The model with an intercept and a woman indicator is
        // saturated, so β_woman = ln[(10/30)/(20/100)] = ln(5/3) = 0.5108256 and, from the inverse information,
        // SE = √(1/10 + 1/30 + 1/20 + 1/100) = √0.1933333 = 0.4396969 (Woolf B (1955) Ann. Hum. Genet. 19:251–253).
        var fit = LogisticRegression.Fit([[1, 1], [1, 0]], [40, 120], [10, 20]);

        Assert.Null(fit.Failure);
        Assert.Equal(Math.Log(5.0 / 3), fit.Coefficients![1], 1e-9);
        Assert.Equal(Math.Sqrt(1.0 / 10 + 1.0 / 30 + 1.0 / 20 + 1.0 / 100), fit.StandardErrors![1], 1e-9);
        // The intercept is the men's log odds, ln(20/100).
        Assert.Equal(Math.Log(0.2), fit.Coefficients[0], 1e-9);
    }

    [Fact]
    public void Grouped_cells_give_the_estimates_and_errors_of_newtons_method_on_the_rows_written_out_here()
    {
        var (design, trials, events) = Workforce();

        var fit = LogisticRegression.Fit(design, trials, events);
        var (coefficients, errors) = RowLevelNewton(design, trials, events);

        Assert.Null(fit.Failure);
        for (var j = 0; j < design[0].Length; j++)
        {
            Assert.Equal(coefficients[j], fit.Coefficients![j], 1e-6);
            Assert.Equal(errors[j], fit.StandardErrors![j], 1e-6);
        }
    }

    [Fact]
    public void Ml_nets_lbfgs_fit_of_the_rows_agrees_and_reaches_no_higher_likelihood()
    {
        var (design, trials, events) = Workforce();

        var fit = LogisticRegression.Fit(design, trials, events);
        var (mlCoefficients, mlErrors) = MlNetFit(design, trials, events);

        // ML.NET optimises in single precision and stops a little short (its intercept here is 3.5e-4 off, its
        // log likelihood 2e-6 lower): estimates agree to 1e-3, standard errors to 1e-4.
        for (var j = 0; j < design[0].Length; j++)
        {
            Assert.Equal(mlCoefficients[j], fit.Coefficients![j], 1e-3);
            Assert.Equal(mlErrors[j], fit.StandardErrors![j], 1e-4);
        }
        Assert.True(LogLikelihood(design, trials, events, fit.Coefficients!) >= LogLikelihood(design, trials, events, mlCoefficients));
    }

    [Fact]
    public void Outcomes_told_apart_exactly_by_a_combination_of_covariates_are_separation()
    {
        // Intercept, a, s: everyone with a = s = 1 left, no one else did. a + s > 1.5 separates the outcome, so
        // the likelihood rises for ever as the coefficients grow (Albert and Anderson 1984).
        var fit = LogisticRegression.Fit([[1, 1, 1], [1, 1, 0], [1, 0, 1], [1, 0, 0]], [10, 10, 10, 10], [10, 0, 0, 0]);

        Assert.Equal(LogisticFailure.Separation, fit.Failure);
        Assert.Null(fit.Coefficients);
    }

    [Fact]
    public void A_column_that_repeats_another_makes_the_information_singular()
    {
        var fit = LogisticRegression.Fit([[1, 1, 1], [1, 0, 0], [1, 1, 1], [1, 0, 0]], [10, 10, 12, 14], [3, 5, 4, 6]);

        Assert.Equal(LogisticFailure.Singular, fit.Failure);
    }

    private static double LogLikelihood(double[][] design, double[] trials, double[] events, double[] beta) =>
        design.Select((x, c) =>
        {
            var mu = 1 / (1 + Math.Exp(-x.Zip(beta, (u, b) => u * b).Sum()));
            return events[c] * Math.Log(mu) + (trials[c] - events[c]) * Math.Log(1 - mu);
        }).Sum();

    /// <summary>
    /// Newton's method on the ungrouped 0/1 rows, with the information inverted by Gauss–Jordan elimination:
    /// β ← β + (X'WX)⁻¹X'(y − μ), W = diag(μ(1 − μ)); SE = √diag((X'WX)⁻¹) at the end (Agresti 2013 §5.4.1).
    /// </summary>
    private static (double[] Coefficients, double[] Errors) RowLevelNewton(double[][] design, double[] trials, double[] events)
    {
        var rows = new List<(double[] X, double Y)>();
        for (var c = 0; c < design.Length; c++)
        {
            for (var i = 0; i < trials[c]; i++)
            {
                rows.Add((design[c], i < events[c] ? 1 : 0));
            }
        }
        var p = design[0].Length;
        var beta = new double[p];
        double[,] inverse = new double[p, p];
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var information = new double[p, p];
            var score = new double[p];
            foreach (var (x, y) in rows)
            {
                var mu = 1 / (1 + Math.Exp(-x.Zip(beta, (u, b) => u * b).Sum()));
                for (var j = 0; j < p; j++)
                {
                    score[j] += x[j] * (y - mu);
                    for (var k = 0; k < p; k++)
                    {
                        information[j, k] += mu * (1 - mu) * x[j] * x[k];
                    }
                }
            }
            inverse = GaussJordanInverse(information);
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    beta[j] += inverse[j, k] * score[k];
                }
            }
        }
        return (beta, [.. Enumerable.Range(0, p).Select(j => Math.Sqrt(inverse[j, j]))]);
    }

    private static double[,] GaussJordanInverse(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = new double[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = matrix[i, j];
            }
            a[i, n + i] = 1;
        }
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
            for (var j = 0; j < 2 * n; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }
            var scale = a[col, col];
            for (var j = 0; j < 2 * n; j++)
            {
                a[col, j] /= scale;
            }
            for (var r = 0; r < n; r++)
            {
                if (r != col)
                {
                    var factor = a[r, col];
                    for (var j = 0; j < 2 * n; j++)
                    {
                        a[r, j] -= factor * a[col, j];
                    }
                }
            }
        }
        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                inverse[i, j] = a[i, n + j];
            }
        }
        return inverse;
    }

    /// <summary>Intercept, woman, level 4 and level 5 indicators (level 3 the reference) and part time, over 24 cells.</summary>
    private static (double[][] Design, double[] Trials, double[] Events) Workforce()
    {
        var design = new List<double[]>();
        var trials = new List<double>();
        var events = new List<double>();
        for (var cell = 0; cell < 24; cell++)
        {
            var (woman, level, partTime) = (cell % 2, cell / 2 % 3, cell / 6 % 2);
            design.Add([1, woman, level == 1 ? 1 : 0, level == 2 ? 1 : 0, partTime]);
            var n = 20 + (cell * 7 % 23);
            trials.Add(n);
            events.Add(1 + (cell * 5 % (n - 2)) % 9);
        }
        return ([.. design], [.. trials], [.. events]);
    }

    /// <summary>
    /// ML.NET's unpenalised L-BFGS logistic regression of the same data as weighted rows (a cell's events as a row
    /// labelled true with their count as its weight, its non-events likewise), with the standard errors of
    /// <see cref="CholeskyStandardDeviation"/>: the cross-check DESIGN §3 names.
    /// </summary>
    private static (double[] Coefficients, double[] Errors) MlNetFit(double[][] design, double[] trials, double[] events)
    {
        var p = design[0].Length - 1;
        var rows = design.SelectMany((x, c) => new[]
        {
            new WeightedRow { Label = true, Weight = (float)events[c], Features = [.. x.Skip(1).Select(v => (float)v)] },
            new WeightedRow { Label = false, Weight = (float)(trials[c] - events[c]), Features = [.. x.Skip(1).Select(v => (float)v)] },
        }).ToList();
        var ml = new MLContext(seed: 1);
        var standardDeviation = new CholeskyStandardDeviation();
        var schema = SchemaDefinition.Create(typeof(WeightedRow));
        schema[nameof(WeightedRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, p);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = 0,
            L2Regularization = 0,
            OptimizationTolerance = 1e-10f,
            MaximumNumberOfIterations = 10_000,
            ExampleWeightColumnName = nameof(WeightedRow.Weight),
            ShowTrainingStatistics = true,
            ComputeStandardDeviation = standardDeviation,
            NumberOfThreads = 1,
        });
        // L-BFGS in single precision stops on its mean-improvement criterion a little short of the optimum;
        // training on from where it stopped, as ML.NET allows, settles it.
        var model = trainer.Fit(data).Model.SubModel;
        for (var round = 0; round < 5; round++)
        {
            model = trainer.Fit(data, model).Model.SubModel;
        }
        Assert.IsType<LinearModelParameterStatistics>(model.Statistics);
        // The statistics' table leaves out coefficients it judges insignificant; the errors are read where they are made.
        return ([model.Bias, .. model.Weights.Select(w => (double)w)], [.. standardDeviation.Errors.Select(e => (double)e)]);
    }

    private sealed class WeightedRow
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        public float[] Features { get; set; } = [];
    }

    /// <summary>
    /// The standard errors ML.NET leaves to Microsoft.ML.Mkl.Components (not served here): √diag(H⁻¹) of the
    /// Hessian of the negative log likelihood, which ML.NET passes packed row-major lower-triangular with the bias
    /// first, inverted here with MathNet's Cholesky. Unpenalised, so no ridge adjustment.
    /// </summary>
    private sealed class CholeskyStandardDeviation : ComputeLogisticRegressionStandardDeviation
    {
        /// <summary>The bias's error first, then each weight's, as last computed.</summary>
        public float[] Errors { get; private set; } = [];

        public override VBuffer<float> ComputeStandardDeviation(
            double[] hessian, int[] weightIndices, int parametersCount, int currentWeightsCount, IChannel ch, float l2Weight)
        {
            var matrix = Matrix<double>.Build.Dense(parametersCount, parametersCount);
            var k = 0;
            for (var i = 0; i < parametersCount; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    matrix[i, j] = matrix[j, i] = hessian[k++];
                }
            }
            var inverse = matrix.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(parametersCount));
            var errors = Enumerable.Range(0, parametersCount).Select(i => (float)Math.Sqrt(inverse[i, i])).ToArray();
            Errors = errors;
            return weightIndices is null
                ? new VBuffer<float>(currentWeightsCount, errors)
                : new VBuffer<float>(currentWeightsCount, parametersCount, errors, weightIndices);
        }
    }
}
