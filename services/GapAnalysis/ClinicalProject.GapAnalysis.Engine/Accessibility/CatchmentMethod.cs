using System.Text.Json.Serialization;

namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>The floating catchment area method. Formulas: the engine's README and docs/domain.md.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CatchmentMethod>))]
public enum CatchmentMethod
{
    /// <summary>2SFCA (Luo &amp; Wang 2003): weight 1 within the catchment, 0 beyond.</summary>
    TwoStep,

    /// <summary>Enhanced 2SFCA (Luo &amp; Qi 2009): step weights by travel-time band (<see cref="CatchmentParameters.StepWeights"/>).</summary>
    EnhancedTwoStep,

    /// <summary>2SFCA with Gaussian decay exp(−t²/(2σ²)) (PySAL's <c>weights.gaussian</c>) within the catchment.</summary>
    Gaussian,

    /// <summary>2SFCA with gravity decay max(t, t_min)^(−β) within the catchment.</summary>
    Gravity,

    /// <summary>3SFCA (Wan, Zou &amp; Sternberg 2012) as PySAL computes it: selection weights G split each area's demand.</summary>
    ThreeStep,

    /// <summary>Balanced FCA (Paez, Higgins &amp; Vivona 2019): impedance normalised by origin for demand, by site for supply.</summary>
    Balanced,
}
