using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>The sex strata of every dataset. Files write them F and M (H, for "homme", is refused as ambiguous).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    [JsonStringEnumMemberName("F")]
    Female = 0,

    [JsonStringEnumMemberName("M")]
    Male = 1,
}
