using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>The variation shown by the latest point (NHS "Making Data Count" variation icons).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VariationStatus>))]
public enum VariationStatus
{
    /// <summary>The latest point is within the limits and not part of a long run.</summary>
    CommonCause = 0,

    /// <summary>Special cause on the good side (above the upper limit or in a long run above the centre when high is good).</summary>
    SpecialCauseImprovement,

    /// <summary>Special cause on the bad side.</summary>
    SpecialCauseConcern,

    /// <summary>No polarity: special cause above the centre line.</summary>
    SpecialCauseHigher,

    /// <summary>No polarity: special cause below the centre line.</summary>
    SpecialCauseLower,
}
