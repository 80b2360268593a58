using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>How a confidence interval was obtained; travels with every <see cref="Estimate"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntervalMethod>))]
public enum IntervalMethod : byte
{
    /// <summary>No interval: the figure is exact or was not calculable.</summary>
    None = 0,

    /// <summary>Exact Poisson limits from chi-square quantiles (counts below 10).</summary>
    ExactPoisson,

    /// <summary>Byar's approximation to the Poisson limits (counts of 10 or more).</summary>
    Byar,

    /// <summary>Wilson score interval for a proportion.</summary>
    WilsonScore,

    /// <summary>Dobson et al. (1991): Poisson limits of the total count scaled to a directly standardised rate.</summary>
    Dobson,

    /// <summary>Mean ± t(1 − α/2; n − 1) × s/√n.</summary>
    StudentT,

    /// <summary>Mean ± z × s/√n (large samples, or a known standard deviation).</summary>
    Normal,

    /// <summary>Percentiles of a seeded Monte Carlo simulation (e.g. SII/RII from each group's value and standard error).</summary>
    Simulation,
}
