using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>Where an indicator's numerator comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NumeratorSource>))]
public enum NumeratorSource
{
    /// <summary>Imported counts for this indicator's code (aggregated numerators or record-level events).</summary>
    [JsonStringEnumMemberName("counts")]
    Counts,

    /// <summary>The population itself, in the numerator's age range (such as the share of people 75 and over).</summary>
    [JsonStringEnumMemberName("population")]
    Population,
}
