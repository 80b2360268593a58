using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>How the covariance of regression coefficients (hence their standard errors) is estimated.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CovarianceEstimator>))]
public enum CovarianceEstimator
{
    /// <summary>Classical OLS: s²(X'X)⁻¹ with s² = RSS/(n − k). Assumes independent, homoscedastic errors.</summary>
    Ols = 0,

    /// <summary>
    /// Newey–West (HAC): (X'X)⁻¹ S (X'X)⁻¹ with S = Σₜ uₜ²xₜxₜ' + Σⱼ₌₁..L (1 − j/(L + 1)) Σₜ uₜuₜ₋ⱼ(xₜxₜ₋ⱼ' + xₜ₋ⱼxₜ'):
    /// robust to autocorrelation up to lag L and to heteroscedasticity (statsmodels' cov_type='HAC').
    /// </summary>
    NeweyWest,

    /// <summary>White's heteroscedasticity-robust estimator, S = Σ uᵢ²xᵢxᵢ'.</summary>
    HC0,

    /// <summary>HC0 × n/(n − k) (Stata's <c>robust</c>, the default of difference-in-differences here).</summary>
    HC1,

    /// <summary>uᵢ² / (1 − hᵢ) with hᵢ the leverage of observation i.</summary>
    HC2,

    /// <summary>uᵢ² / (1 − hᵢ)² (jackknife-like; conservative in small samples).</summary>
    HC3,
}
