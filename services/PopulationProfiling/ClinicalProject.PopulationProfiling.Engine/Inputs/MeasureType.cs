using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>How an indicator's figure is computed from its counts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureType>))]
public enum MeasureType
{
    /// <summary>The number of events, with its Poisson interval.</summary>
    Count,

    /// <summary>Events per population × multiplier, exact/Byar interval.</summary>
    CrudeRate,

    /// <summary>Age-standardised rate on a standard population, Dobson interval; not published below 10 events.</summary>
    DirectlyStandardisedRate,

    /// <summary>Numerator over denominator (the population unless a denominator is given) × multiplier, Wilson interval.</summary>
    Proportion,

    /// <summary>Observed over expected from the province's age-sex rates of the same period × multiplier (1 or 100).</summary>
    IndirectlyStandardisedRatio,

    /// <summary>Mean of a value (sums and sums of squares given), Student's t interval.</summary>
    Mean,
}
