namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// How a difference-in-differences is fitted. Defaults: HC1 errors with t(n − 4) inference at 95 %, as Stata's
/// <c>regress …, robust</c> (statsmodels: <c>cov_type='HC1', use_t=True</c>); HC3 is the safer choice below
/// about 50 observations (Long &amp; Ervin 2000).
/// </summary>
public sealed record DidOptions
{
    /// <summary>The defaults described above.</summary>
    public static DidOptions Default { get; } = new();

    /// <summary>Ols, HC0, HC1 (default), HC2 or HC3; Newey–West is refused (rows of two groups are not one series).</summary>
    public CovarianceEstimator Errors { get; init; } = CovarianceEstimator.HC1;

    /// <summary>Reference distribution of p-values and intervals (t with n − 4 degrees of freedom by default).</summary>
    public InferenceDistribution Distribution { get; init; } = InferenceDistribution.StudentT;

    /// <summary>Level of the confidence intervals (95 % by default).</summary>
    public ConfidenceLevel Confidence { get; init; } = ConfidenceLevel.Percent95;
}
