using System.Buffers;
using System.Runtime.Intrinsics;
using MathNet.Numerics.LinearAlgebra;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// A fixed design matrix X (n × k, row-major) factorised once by Householder QR, so that any number of series
/// y sharing it are fitted with one k × n product: β = (X'X)⁻¹X'y, without refactorising. Holds the sandwich
/// covariance estimators. Safe to share between threads (the lazily computed leverages are idempotent).
/// </summary>
internal sealed class LeastSquaresDesign
{
    // Relative size of R's smallest diagonal below which the design is declared singular.
    private const double SingularTolerance = 1e-10;

    private readonly double[] _x;
    private readonly double[] _xtxInverse;
    private readonly double[] _projector;
    private double[]? _leverage;

    public LeastSquaresDesign(double[] rowMajor, int observations, int parameters, string singularMessage)
    {
        if (observations <= parameters)
        {
            throw new ArgumentException(
                $"{observations} observations cannot estimate {parameters} parameters with any residual degree of freedom.");
        }

        N = observations;
        K = parameters;
        _x = rowMajor;
        var qr = Matrix<double>.Build.DenseOfRowMajor(observations, parameters, rowMajor).QR();
        var r = qr.R;
        var largest = 0.0;
        for (var i = 0; i < parameters; i++)
        {
            largest = Math.Max(largest, Math.Abs(r[i, i]));
        }

        for (var i = 0; i < parameters; i++)
        {
            if (!(Math.Abs(r[i, i]) > SingularTolerance * largest))
            {
                throw new ArgumentException(singularMessage);
            }
        }

        var rInverse = r.SubMatrix(0, parameters, 0, parameters).Inverse();
        var xtxInverse = rInverse * rInverse.Transpose();
        var projector = rInverse * qr.Q.SubMatrix(0, observations, 0, parameters).Transpose();
        _xtxInverse = xtxInverse.ToRowMajorArray();
        _projector = projector.ToRowMajorArray();
    }

    public int N { get; }

    public int K { get; }

    public int DegreesOfFreedom => N - K;

    public double X(int row, int column) => _x[row * K + column];

    /// <summary>β = (X'X)⁻¹X'y and the residuals u = y − Xβ; returns the residual sum of squares.</summary>
    private double Fit(ReadOnlySpan<double> y, Span<double> beta, Span<double> residuals)
    {
        var n = N;
        var k = K;
        for (var j = 0; j < k; j++)
        {
            var row = _projector.AsSpan(j * n, n);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += row[i] * y[i];
            }

            beta[j] = sum;
        }

        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var xi = _x.AsSpan(i * k, k);
            var fitted = 0.0;
            for (var j = 0; j < k; j++)
            {
                fitted += xi[j] * beta[j];
            }

            var u = y[i] - fitted;
            residuals[i] = u;
            rss += u * u;
        }

        return rss;
    }

    /// <summary>
    /// Writes the k × k covariance of β (row-major) under <paramref name="estimator"/> into
    /// <paramref name="covariance"/>; <paramref name="scratch"/> needs k × k + n × k doubles.
    /// Returns false when HC2/HC3 met a leverage of 1 (the caller then falls back to HC1).
    /// </summary>
    private bool Covariance(CovarianceEstimator estimator, int lag, SmallSampleCorrection correction,
        ReadOnlySpan<double> residuals, double rss, Span<double> covariance, Span<double> scratch)
    {
        var k = K;
        var n = N;
        if (estimator == CovarianceEstimator.Ols)
        {
            var s2 = rss / DegreesOfFreedom;
            for (var i = 0; i < k * k; i++)
            {
                covariance[i] = s2 * _xtxInverse[i];
            }

            return true;
        }

        var meat = scratch[..(k * k)];
        meat.Clear();
        var scores = scratch.Slice(k * k, n * k);
        double[]? leverage = estimator is CovarianceEstimator.HC2 or CovarianceEstimator.HC3 ? Leverage() : null;
        for (var i = 0; i < n; i++)
        {
            var weight = 1.0;
            if (leverage is not null)
            {
                var complement = 1 - leverage[i];
                if (!(complement > 1e-12))
                {
                    return false;
                }

                weight = estimator == CovarianceEstimator.HC2 ? 1 / Math.Sqrt(complement) : 1 / complement;
            }

            var ui = residuals[i] * weight;
            for (var j = 0; j < k; j++)
            {
                scores[i * k + j] = _x[i * k + j] * ui;
            }
        }

        AddCrossProducts(meat, scores, n, k, 0, 1.0);
        if (estimator == CovarianceEstimator.NeweyWest)
        {
            for (var j = 1; j <= lag; j++)
            {
                // Γⱼ + Γⱼ' with Bartlett weight 1 − j/(L + 1).
                AddCrossProducts(meat, scores, n, k, j, 1 - j / (lag + 1.0));
            }
        }

        var scale = estimator switch
        {
            CovarianceEstimator.HC1 => n / (double)(n - k),
            CovarianceEstimator.NeweyWest when correction == SmallSampleCorrection.DegreesOfFreedom => n / (double)(n - k),
            _ => 1.0,
        };
        Sandwich(meat, covariance, scale);
        return true;
    }

    /// <summary>
    /// Fits <paramref name="y"/> (validated: finite values, named by index) and estimates the covariance; HC2/HC3
    /// fall back to HC1 when an observation has leverage 1. Residuals at rounding level are an exact fit.
    /// </summary>
    public LeastSquaresFit Estimate(ReadOnlySpan<double> y, CovarianceEstimator estimator, int lag,
        SmallSampleCorrection correction, string parameterName)
    {
        var n = N;
        var k = K;
        if (y.Length != n)
        {
            throw new ArgumentException($"The design has {n} observations; {y.Length} values were given.", parameterName);
        }

        double sum = 0, sumSquares = 0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"{parameterName}[{i}] = {y[i]}: every value must be a finite number.", parameterName);
            }

            sum += y[i];
            sumSquares += y[i] * y[i];
        }

        var beta = new double[k];
        var covariance = new double[k * k];
        var rented = ArrayPool<double>.Shared.Rent(n + k * k + n * k);
        try
        {
            var residuals = rented.AsSpan(0, n);
            var rss = Fit(y, beta, residuals);
            var scratch = rented.AsSpan(n, k * k + n * k);
            var used = estimator;
            if (!Covariance(estimator, lag, correction, residuals, rss, covariance, scratch))
            {
                used = CovarianceEstimator.HC1;
                Covariance(used, 0, correction, residuals, rss, covariance, scratch);
            }

            // A residual norm at rounding level of the values' norm: the values lie on the model exactly.
            var exact = rss <= 1e-24 * sumSquares;
            return new LeastSquaresFit(beta, covariance, rss, sumSquares - sum * sum / n, exact, used);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>c' V c for a linear combination c of the coefficients.</summary>
    public static double Combination(ReadOnlySpan<double> covariance, ReadOnlySpan<double> c, int k)
    {
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                sum += c[i] * covariance[i * k + j] * c[j];
            }
        }

        return sum;
    }

    /// <summary>hᵢ = xᵢ'(X'X)⁻¹xᵢ, computed once per design.</summary>
    public double[] Leverage()
    {
        if (_leverage is { } cached)
        {
            return cached;
        }

        var k = K;
        var leverage = new double[N];
        for (var i = 0; i < N; i++)
        {
            var h = 0.0;
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    h += _x[i * k + a] * _xtxInverse[a * k + b] * _x[i * k + b];
                }
            }

            leverage[i] = h;
        }

        _leverage = leverage;
        return leverage;
    }

    // meat += w (Γⱼ + Γⱼ') for lag j > 0, or w Γ₀ for lag 0, with Γⱼ = Σₜ₌ⱼ..ₙ₋₁ sₜ sₜ₋ⱼ'.
    private static void AddCrossProducts(Span<double> meat, ReadOnlySpan<double> s, int n, int k, int lag,
        double weight)
    {
        Span<double> gamma = stackalloc double[k * k];
        if (k == 4 && Vector256.IsHardwareAccelerated)
        {
            Gamma4(s, n, lag, gamma);
        }
        else
        {
            gamma.Clear();
            for (var t = lag; t < n; t++)
            {
                for (var a = 0; a < k; a++)
                {
                    var current = s[t * k + a];
                    for (var b = 0; b < k; b++)
                    {
                        gamma[a * k + b] += current * s[(t - lag) * k + b];
                    }
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                meat[a * k + b] += weight * (lag == 0 ? gamma[a * k + b] : gamma[a * k + b] + gamma[b * k + a]);
            }
        }
    }

    // Γⱼ for four parameters, column by column in 256-bit vectors: the hot loop of every Newey–West fit.
    private static void Gamma4(ReadOnlySpan<double> s, int n, int lag, Span<double> gamma)
    {
        var column0 = Vector256<double>.Zero;
        var column1 = Vector256<double>.Zero;
        var column2 = Vector256<double>.Zero;
        var column3 = Vector256<double>.Zero;
        for (var t = lag; t < n; t++)
        {
            var current = Vector256.Create(s.Slice(t * 4, 4));
            var previous = s.Slice((t - lag) * 4, 4);
            column0 += current * Vector256.Create(previous[0]);
            column1 += current * Vector256.Create(previous[1]);
            column2 += current * Vector256.Create(previous[2]);
            column3 += current * Vector256.Create(previous[3]);
        }

        // gamma[a, b] = Σ current[a] previous[b]: column b holds row a in lane a.
        for (var a = 0; a < 4; a++)
        {
            gamma[a * 4] = column0[a];
            gamma[a * 4 + 1] = column1[a];
            gamma[a * 4 + 2] = column2[a];
            gamma[a * 4 + 3] = column3[a];
        }
    }

    private void Sandwich(ReadOnlySpan<double> meat, Span<double> covariance, double scale)
    {
        var k = K;
        Span<double> left = stackalloc double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                var sum = 0.0;
                for (var c = 0; c < k; c++)
                {
                    sum += _xtxInverse[a * k + c] * meat[c * k + b];
                }

                left[a * k + b] = sum;
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                var sum = 0.0;
                for (var c = 0; c < k; c++)
                {
                    sum += left[a * k + c] * _xtxInverse[c * k + b];
                }

                covariance[a * k + b] = scale * sum;
            }
        }
    }
}
