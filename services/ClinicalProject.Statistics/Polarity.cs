using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>
/// Which direction of an indicator is good news, for benchmark comparison (Fingertips' better / similar / worse).
/// The kebab-case names are the APIs' and the databases' spelling.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity
{
    /// <summary>Neither: comparisons say higher / similar / lower.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>A higher value is better (e.g. attachment to a family doctor).</summary>
    [JsonStringEnumMemberName("high-is-good")]
    HighIsGood,

    /// <summary>A lower value is better (e.g. premature mortality).</summary>
    [JsonStringEnumMemberName("low-is-good")]
    LowIsGood,
}
