using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>Which direction is good, for benchmark comparison (Fingertips' better / similar / worse).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity
{
    [JsonStringEnumMemberName("high-is-good")]
    HighIsGood,

    [JsonStringEnumMemberName("low-is-good")]
    LowIsGood,

    /// <summary>Neither: comparisons say higher / similar / lower.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
