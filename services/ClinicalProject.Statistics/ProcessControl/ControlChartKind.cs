using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>The kind of Shewhart control chart.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ControlChartKind>))]
public enum ControlChartKind
{
    /// <summary>XmR (individuals and moving range): x̄ ± 2.66 mR̄.</summary>
    Individuals = 0,

    /// <summary>p chart for proportions xᵢ/nᵢ: p̄ ± 3√(p̄(1 − p̄)/nᵢ), p̄ = Σx/Σn.</summary>
    P,

    /// <summary>u chart for rates xᵢ/nᵢ (counts over exposure): ū ± 3√(ū/nᵢ), ū = Σx/Σn.</summary>
    U,
}
