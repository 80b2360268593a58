namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// How an interrupted time series is fitted. The defaults (Newey–West, automatic lag, n/(n − k) correction,
/// t(n − k) inference, 95 %) are those of Stata's <c>newey</c> as used by <c>itsa</c> (Linden 2015), the usual
/// reference in epidemiology; statsmodels' <c>cov_type='HAC'</c> defaults are
/// <see cref="SmallSampleCorrection.None"/> with <see cref="InferenceDistribution.Normal"/>
/// (<see cref="StatsmodelsHacDefaults"/>).
/// </summary>
public sealed record ItsOptions
{
    /// <summary>The defaults described above.</summary>
    public static ItsOptions Default { get; } = new();

    /// <summary>statsmodels' <c>fit(cov_type='HAC', cov_kwds={'maxlags': L})</c>: no correction, normal p-values.</summary>
    public static ItsOptions StatsmodelsHacDefaults { get; } = new()
    {
        Correction = SmallSampleCorrection.None,
        Distribution = InferenceDistribution.Normal,
    };

    /// <summary>Covariance estimator of the coefficients (Newey–West by default; OLS advised below 12 points).</summary>
    public CovarianceEstimator Errors { get; init; } = CovarianceEstimator.NeweyWest;

    /// <summary>Newey–West truncation lag (automatic ⌊4 (n/100)^(2/9)⌋ by default); ignored by other estimators.</summary>
    public LagSelection Lag { get; init; } = LagSelection.Automatic;

    /// <summary>n/(n − k) scaling of the Newey–West covariance (applied by default); ignored by other estimators.</summary>
    public SmallSampleCorrection Correction { get; init; } = SmallSampleCorrection.DegreesOfFreedom;

    /// <summary>Reference distribution of p-values and intervals (t with n − k degrees of freedom by default).</summary>
    public InferenceDistribution Distribution { get; init; } = InferenceDistribution.StudentT;

    /// <summary>Level of the confidence intervals (95 % by default).</summary>
    public ConfidenceLevel Confidence { get; init; } = ConfidenceLevel.Percent95;
}
