using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>What a reader of a control chart should know (flags; <c>None</c> when nothing).</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<ControlChartWarnings>))]
public enum ControlChartWarnings
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>Fewer than <see cref="ControlChart.RecommendedPoints"/> points set the limits: they are unreliable.</summary>
    FewPoints = 1,

    /// <summary>No variation (every value equal, or p̄ ∈ {0, 1}, or ū = 0): the limits collapse onto the centre line.</summary>
    NoVariation = 2,
}
