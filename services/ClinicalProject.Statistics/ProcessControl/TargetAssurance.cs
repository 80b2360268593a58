using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>Whether a process can be relied on to meet a target (NHS "Making Data Count" assurance icons).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetAssurance>))]
public enum TargetAssurance
{
    /// <summary>No polarity, or no finite target: assurance is not assessed.</summary>
    NotAssessed = 0,

    /// <summary>The target lies beyond the limits on the bad side: the process will meet it consistently.</summary>
    ConsistentlyMet,

    /// <summary>The target lies between the limits (or on one): the process will meet it only some of the time.</summary>
    HitOrMiss,

    /// <summary>The target lies beyond the limits on the good side: the process will not meet it without change.</summary>
    ConsistentlyMissed,
}
