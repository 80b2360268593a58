namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// A segmented regression Yₜ = β₀ + β₁t + β₂Dₜ + β₃(t − t₀)Dₜ fitted to one series (or, for a controlled
/// ITS, to the difference treated − comparison).
/// </summary>
/// <param name="Intercept">β₀, the pre-intervention line at t = 0 (the first period when times are omitted).</param>
/// <param name="PreSlope">β₁, the slope before the intervention (per period).</param>
/// <param name="LevelChange">β₂, the immediate change in level at the intervention.</param>
/// <param name="SlopeChange">β₃, the change in slope after the intervention.</param>
/// <param name="PostSlope">β₁ + β₃, the slope after the intervention, with the standard error of the sum.</param>
/// <param name="PointsBefore">Observations before the intervention (Dₜ = 0).</param>
/// <param name="PointsAfter">Observations from the intervention on (Dₜ = 1).</param>
/// <param name="Errors">The covariance estimator actually used.</param>
/// <param name="Lag">The Newey–West lag used; null for other estimators.</param>
/// <param name="Correction">Whether the Newey–West covariance was scaled by n/(n − k).</param>
/// <param name="Distribution">The distribution of p-values and intervals.</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom n − 4.</param>
/// <param name="ResidualStandardError">√(RSS/(n − 4)).</param>
/// <param name="RSquared">Coefficient of determination (1 when the series is constant and fitted exactly).</param>
/// <param name="Times">The time of each observation (0, 1, 2 … when omitted).</param>
/// <param name="Fitted">The fitted segmented line at each observation (for charts).</param>
/// <param name="Counterfactual">β₀ + β₁t at each observation: the pre-intervention line extended (for charts, after t₀).</param>
/// <param name="Warnings">Few points, Newey–West on few points, exact fit.</param>
public sealed record ItsResult(
    RegressionCoefficient Intercept,
    RegressionCoefficient PreSlope,
    RegressionCoefficient LevelChange,
    RegressionCoefficient SlopeChange,
    RegressionCoefficient PostSlope,
    int PointsBefore,
    int PointsAfter,
    CovarianceEstimator Errors,
    int? Lag,
    SmallSampleCorrection Correction,
    InferenceDistribution Distribution,
    int DegreesOfFreedom,
    double ResidualStandardError,
    double RSquared,
    IReadOnlyList<double> Times,
    IReadOnlyList<double> Fitted,
    IReadOnlyList<double> Counterfactual,
    EvaluationWarnings Warnings);
