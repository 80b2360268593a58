using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>Which direction of an indicator is good news.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity
{
    /// <summary>Neither: comparisons say higher / similar / lower.</summary>
    None = 0,

    /// <summary>A higher value is better (e.g. attachment to a family doctor).</summary>
    HighIsGood,

    /// <summary>A lower value is better (e.g. premature mortality).</summary>
    LowIsGood,
}
