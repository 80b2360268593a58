using System.Text.Json.Serialization;

namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>
/// The kind of indicator, which sets the scale its standard error is on and on which the simulation draws
/// (PHEindicatormethods' <c>value_type</c> 0, 1, 2).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InequalityValueType>))]
public enum InequalityValueType
{
    /// <summary>Any value (life expectancy, an access score): drawn from N(value, se²).</summary>
    Normal = 0,

    /// <summary>A rate (&gt; 0): drawn on the log scale, N(ln value, se²), se of ln value.</summary>
    Rate = 1,

    /// <summary>A proportion (0 … 1 exclusive): drawn on the logit scale, se of logit value.</summary>
    Proportion = 2,
}
