using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>
/// The result of comparing a figure's interval with a benchmark, Fingertips style. With a polarity:
/// better/similar/worse at one level, best/better/similar/worse/worst when 95 % and 99.8 % are combined.
/// Without one: higher/similar/lower, and much higher/much lower for significance at 99.8 %.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComparisonOutcome>))]
public enum ComparisonOutcome : byte
{
    /// <summary>No comparison possible (no interval, suppressed figure, missing benchmark, or a count).</summary>
    NotCompared = 0,

    /// <summary>The interval contains the benchmark.</summary>
    Similar,

    /// <summary>Significantly better at 95 % (but not at 99.8 % when both levels are combined).</summary>
    Better,

    /// <summary>Significantly worse at 95 % (but not at 99.8 % when both levels are combined).</summary>
    Worse,

    /// <summary>Significantly better at 99.8 %.</summary>
    Best,

    /// <summary>Significantly worse at 99.8 %.</summary>
    Worst,

    /// <summary>No polarity: significantly higher at 95 % (but not at 99.8 % when combined).</summary>
    Higher,

    /// <summary>No polarity: significantly lower at 95 % (but not at 99.8 % when combined).</summary>
    Lower,

    /// <summary>No polarity: significantly higher at 99.8 %.</summary>
    MuchHigher,

    /// <summary>No polarity: significantly lower at 99.8 %.</summary>
    MuchLower,
}
