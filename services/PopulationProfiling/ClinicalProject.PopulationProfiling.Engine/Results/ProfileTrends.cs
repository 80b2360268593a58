using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>
/// Chooses and runs the trend test suited to a measure, from one territory's series (also usable on
/// series the service reads back from storage): counts → χ² for trend in Poisson counts; crude rates →
/// χ² for trend in rates; proportions → χ² for trend in proportions; DSR, SMR and means → weighted
/// regression of the figures, with standard errors taken from the 95 % intervals.
/// </summary>
public static class ProfileTrends
{
    /// <summary>The trend of one territory's series (arrays in time order, NaN for missing periods).</summary>
    public static TrendResult ForSeries(MeasureType measure, ReadOnlySpan<double> counts, ReadOnlySpan<double> denominators,
        ReadOnlySpan<double> values, ReadOnlySpan<double> lower95, ReadOnlySpan<double> upper95, ReadOnlySpan<double> scores,
        double significance = LinearTrend.DefaultSignificance)
    {
        switch (measure)
        {
            case MeasureType.Count:
                Span<double> exposure = stackalloc double[counts.Length];
                exposure.Fill(1);
                return LinearTrend.ForRates(counts, exposure, scores, significance);
            case MeasureType.CrudeRate:
                return LinearTrend.ForRates(counts, denominators, scores, significance);
            case MeasureType.Proportion:
                return LinearTrend.ForProportions(counts, denominators, scores, significance);
            default:
                Span<double> errors = stackalloc double[values.Length];
                var z = ConfidenceLevel.Percent95.Z;
                for (var i = 0; i < errors.Length; i++)
                {
                    errors[i] = (upper95[i] - lower95[i]) / (2 * z);
                }

                return LinearTrend.ForEstimates(values, errors, scores, significance);
        }
    }
}
