namespace ClinicalProject.Statistics.Evaluation;

/// <summary>A difference-in-differences Y = β₀ + β₁Treat + β₂Post + β₃Treat×Post; β₃ is the effect.</summary>
/// <param name="Intercept">β₀, the comparison group before.</param>
/// <param name="Treatment">β₁, treated − comparison before.</param>
/// <param name="Post">β₂, the comparison group's change.</param>
/// <param name="Effect">β₃, the difference in differences: the treated group's change beyond the comparison's.</param>
/// <param name="TreatedBefore">Observations in the cell (treated, before).</param>
/// <param name="TreatedAfter">Observations in the cell (treated, after).</param>
/// <param name="ComparisonBefore">Observations in the cell (comparison, before).</param>
/// <param name="ComparisonAfter">Observations in the cell (comparison, after).</param>
/// <param name="Errors">The covariance estimator actually used.</param>
/// <param name="Distribution">The distribution of p-values and intervals.</param>
/// <param name="DegreesOfFreedom">n − 4.</param>
/// <param name="PreTrends">Both groups' pre-period trends; null when times were not given or too few pre points.</param>
/// <param name="Warnings">Pre-trends not estimable, exact fit, leverage fallback.</param>
public sealed record DidResult(
    RegressionCoefficient Intercept,
    RegressionCoefficient Treatment,
    RegressionCoefficient Post,
    RegressionCoefficient Effect,
    int TreatedBefore,
    int TreatedAfter,
    int ComparisonBefore,
    int ComparisonAfter,
    CovarianceEstimator Errors,
    InferenceDistribution Distribution,
    int DegreesOfFreedom,
    PreTrends? PreTrends,
    EvaluationWarnings Warnings);
