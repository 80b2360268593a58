using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>The reference distribution of coefficient/standard-error for p-values and confidence intervals.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InferenceDistribution>))]
public enum InferenceDistribution
{
    /// <summary>Student's t with n − k degrees of freedom (statsmodels' <c>use_t=True</c>; Stata). The default here.</summary>
    StudentT = 0,

    /// <summary>Standard normal (statsmodels' default for robust covariances, <c>use_t=False</c>).</summary>
    Normal,
}
