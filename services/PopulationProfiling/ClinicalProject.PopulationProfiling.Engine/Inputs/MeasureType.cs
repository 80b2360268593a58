using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>
/// How an indicator's figure is computed from its counts (domain.md's methods). The kebab-case names are the
/// indicator API's and the database's spelling.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureType>))]
public enum MeasureType
{
    /// <summary>The number of events, with its Poisson interval.</summary>
    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>Events per population × multiplier; exact Poisson (x &lt; 10) or Byar's interval.</summary>
    [JsonStringEnumMemberName("crude-rate")]
    CrudeRate,

    /// <summary>Age-standardised rate on a standard population, Dobson interval; not published below 10 events.</summary>
    [JsonStringEnumMemberName("directly-standardised-rate")]
    DirectlyStandardisedRate,

    /// <summary>Numerator over denominator (the population unless a denominator is given) × multiplier, Wilson interval.</summary>
    [JsonStringEnumMemberName("proportion")]
    Proportion,

    /// <summary>Observed over expected from the province's age-sex rates of the same period × multiplier (1 or 100).</summary>
    [JsonStringEnumMemberName("indirectly-standardised-ratio")]
    IndirectlyStandardisedRatio,

    /// <summary>Mean of a value (sums and sums of squares given), Student's t interval; e.g. visits per person.</summary>
    [JsonStringEnumMemberName("mean")]
    Mean,
}
