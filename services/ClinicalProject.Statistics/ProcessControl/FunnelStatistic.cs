using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>What a funnel plot compares.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelStatistic>))]
public enum FunnelStatistic
{
    /// <summary>Proportions x/n: limits p₀ ± z√(p₀(1 − p₀)/n), the Wilson score inversion Fingertips uses.</summary>
    Proportion = 0,

    /// <summary>Crude rates x/n (events over population): exact Poisson limits of the expected count p₀·n, over n.</summary>
    Rate,
}
