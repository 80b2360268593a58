using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>Whether a figure was computed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureStatus>))]
public enum MeasureStatus : byte
{
    /// <summary>Outside the partition's territory filter: nothing computed here.</summary>
    NotRequested = 0,

    /// <summary>Computed.</summary>
    Calculated,

    /// <summary>
    /// Not calculable or not publishable by the method's own rule: a DSR below 10 events, no denominator,
    /// no expected events, a mean of fewer than 2 values.
    /// </summary>
    NotCalculated,
}
