using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>Whether the Newey–West covariance is scaled by n/(n − k).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SmallSampleCorrection>))]
public enum SmallSampleCorrection
{
    /// <summary>No scaling: statsmodels' <c>cov_type='HAC'</c> default (<c>use_correction=False</c>).</summary>
    None = 0,

    /// <summary>× n/(n − k): Stata's <c>newey</c>, statsmodels' <c>use_correction=True</c>. The default here.</summary>
    DegreesOfFreedom,
}
