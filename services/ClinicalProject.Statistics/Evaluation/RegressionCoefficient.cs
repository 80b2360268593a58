namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// One estimated regression coefficient (or a linear combination of them) with its standard error, test
/// statistic, two-sided p-value and confidence interval.
/// </summary>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Its standard error under the chosen covariance estimator.</param>
/// <param name="Statistic">Value / StandardError (t or z); null when the standard error is 0 (an exact fit).</param>
/// <param name="PValue">Two-sided p-value against 0; null when the standard error is 0.</param>
/// <param name="LowerCi">Lower confidence limit, Value − q × StandardError.</param>
/// <param name="UpperCi">Upper confidence limit, Value + q × StandardError.</param>
/// <param name="Confidence">The two-sided confidence level as a fraction (0.95).</param>
public sealed record RegressionCoefficient(double Value, double StandardError, double? Statistic, double? PValue,
    double LowerCi, double UpperCi, double Confidence)
{
    /// <summary>True when the p-value is below <paramref name="significance"/> (0.05 by default).</summary>
    public bool IsSignificant(double significance = 0.05) => PValue < significance;

    /// <summary>The coefficient as an <see cref="Estimate"/> (value and interval, with the distribution used).</summary>
    public Estimate ToEstimate(InferenceDistribution distribution) => new(Value, LowerCi, UpperCi, Confidence,
        distribution == InferenceDistribution.Normal ? IntervalMethod.Normal : IntervalMethod.StudentT);
}
