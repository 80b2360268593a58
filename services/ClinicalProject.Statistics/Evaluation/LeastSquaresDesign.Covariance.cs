using System.Runtime.Intrinsics;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>The sandwich covariance estimators of <see cref="LeastSquaresDesign"/>: OLS, Newey–West, HC0–HC3.</summary>
internal sealed partial class LeastSquaresDesign
{
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
