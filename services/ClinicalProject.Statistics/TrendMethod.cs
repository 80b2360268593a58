using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>Which test for linear trend produced a <see cref="TrendResult"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendMethod>))]
public enum TrendMethod
{
    /// <summary>χ² test for linear trend in proportions (Cochran 1954; Armitage 1955), 1 df.</summary>
    ChiSquareProportions,

    /// <summary>χ² score test for linear trend in Poisson rates (Breslow &amp; Day 1987), 1 df.</summary>
    ChiSquareRates,

    /// <summary>Inverse-variance weighted regression of the values on time, slope²/var(slope) ~ χ² 1 df.</summary>
    WeightedRegression,
}
