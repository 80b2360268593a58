using System.Buffers;
using MathNet.Numerics.LinearAlgebra;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// A fixed design matrix X (n × k, row-major) factorised once by Householder QR, so that any number of series
/// y sharing it are fitted with one k × n product: β = (X'X)⁻¹X'y, without refactorising. Holds the sandwich
/// covariance estimators. Safe to share between threads (the lazily computed leverages are idempotent).
/// </summary>
internal sealed partial class LeastSquaresDesign
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
    private double[] Leverage()
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
}
