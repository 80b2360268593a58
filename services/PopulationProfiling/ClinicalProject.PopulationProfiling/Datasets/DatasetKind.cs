using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>What a dataset holds. The route's <c>{kind}</c> and every response use these names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatasetKind>))]
public enum DatasetKind
{
    /// <summary>Population estimates (denominators): territory, period, age band, sex, count.</summary>
    [JsonStringEnumMemberName("population")]
    Population,

    /// <summary>Population projections: the same layout as estimates, for future periods.</summary>
    [JsonStringEnumMemberName("projection")]
    Projection,

    /// <summary>Aggregated numerators: territory, period, age band, sex, indicator, count.</summary>
    [JsonStringEnumMemberName("numerators")]
    Numerators,

    /// <summary>Record-level events, one row per event (DA, date, age, sex, indicator), aggregated on import.</summary>
    [JsonStringEnumMemberName("events")]
    Events,
}
