using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>How an indicator's value is computed from its numerator and denominator (domain.md's methods).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureType>))]
public enum MeasureType
{
    /// <summary>The numerator alone, with its Poisson limits.</summary>
    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>x / n × multiplier; exact Poisson (x &lt; 10) or Byar's limits.</summary>
    [JsonStringEnumMemberName("crude-rate")]
    CrudeRate,

    /// <summary>Directly standardised rate on a standard population; Dobson limits.</summary>
    [JsonStringEnumMemberName("directly-standardised-rate")]
    DirectlyStandardisedRate,

    /// <summary>x / n × multiplier (100 for a percentage); Wilson score limits.</summary>
    [JsonStringEnumMemberName("proportion")]
    Proportion,

    /// <summary>Observed / expected from the reference territory's age-sex rates (SMR).</summary>
    [JsonStringEnumMemberName("indirectly-standardised-ratio")]
    IndirectlyStandardisedRatio,

    /// <summary>A sum of values per person (x / n), such as visits per person.</summary>
    [JsonStringEnumMemberName("mean")]
    Mean,
}
