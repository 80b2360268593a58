using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>Where an import job is. Succeeded and failed are final.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportJobState>))]
public enum ImportJobState
{
    /// <summary>Received, waiting for a worker (asynchronous imports).</summary>
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>Stored, or found already stored with the same content.</summary>
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary>Refused (see the job's problem) or interrupted; nothing was stored.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
