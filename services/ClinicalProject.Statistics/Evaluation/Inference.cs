using MathNet.Numerics.Distributions;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>p-values and interval half-widths for coefficient / standard error under t(df) or N(0, 1).</summary>
internal readonly struct Inference
{
    private readonly StudentTTail? _tail;

    public Inference(InferenceDistribution distribution, int degreesOfFreedom, ConfidenceLevel confidence)
    {
        Distribution = distribution;
        Confidence = confidence;
        _tail = distribution == InferenceDistribution.StudentT ? new StudentTTail(degreesOfFreedom) : null;
        Quantile = distribution == InferenceDistribution.Normal ? confidence.Z : TQuantile(degreesOfFreedom, confidence);
    }

    public InferenceDistribution Distribution { get; }

    public ConfidenceLevel Confidence { get; }

    /// <summary>q = Φ⁻¹(1 − α/2) or the t(df) quantile of 1 − α/2.</summary>
    public double Quantile { get; }

    public RegressionCoefficient Coefficient(double value, double variance, bool exactFit)
    {
        if (exactFit || !(variance > 0))
        {
            return new RegressionCoefficient(value, 0, null, null, value, value, Confidence.Level);
        }

        var se = Math.Sqrt(variance);
        var statistic = value / se;
        return new RegressionCoefficient(value, se, statistic, TwoSidedP(statistic), value - Quantile * se,
            value + Quantile * se, Confidence.Level);
    }

    public double TwoSidedP(double statistic)
    {
        // Tails evaluated directly (erfc, incomplete beta) stay accurate for tiny p-values.
        return _tail is null ? 2 * Normal.CDF(0, 1, -Math.Abs(statistic)) : _tail.TwoSided(statistic);
    }

    private static double TQuantile(double df, ConfidenceLevel confidence)
    {
        var p = 1 - confidence.Alpha / 2;
        var q = StudentT.InvCDF(0, 1, df, p);
        // MathNet solves CDF(q) = p with a bracketing root finder; two Newton steps bring q to full precision.
        for (var i = 0; i < 2; i++)
        {
            q -= (StudentT.CDF(0, 1, df, q) - p) / StudentT.PDF(0, 1, df, q);
        }

        return q;
    }
}
