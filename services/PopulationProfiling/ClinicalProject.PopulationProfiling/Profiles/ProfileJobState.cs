using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>Where a profile job is: running until its last partition is stored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProfileJobState>))]
public enum ProfileJobState
{
    [JsonStringEnumMemberName("running")]
    Running,

    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary>A partition could not be computed (its message went to the error queue); see the job's error.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
