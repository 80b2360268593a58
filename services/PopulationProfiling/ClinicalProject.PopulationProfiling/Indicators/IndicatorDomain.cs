using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>The four families of indicators a clinical project profiles.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorDomain>))]
public enum IndicatorDomain
{
    [JsonStringEnumMemberName("demographic")]
    Demographic,

    [JsonStringEnumMemberName("socio-economic")]
    SocioEconomic,

    [JsonStringEnumMemberName("socio-sanitary")]
    SocioSanitary,

    [JsonStringEnumMemberName("service-usage")]
    ServiceUsage,
}
