using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>One deprivation group (a quintile, a decile) with its indicator value.</summary>
/// <param name="Label">The group's label (e.g. <c>Q5</c>).</param>
/// <param name="Population">People in the group; finite, &gt; 0.</param>
/// <param name="Value">The indicator's value for the group.</param>
/// <param name="StandardError">
/// The value's standard error on the <see cref="InequalityValueType"/>'s scale: of the value (Normal), of ln value
/// (Rate), of logit value (Proportion). <see cref="FromConfidenceLimits"/> derives it from 95 % limits.
/// </param>
public sealed record InequalityGroup(string Label, double Population, double Value, double StandardError)
{
    /// <summary>
    /// A group whose standard error is derived from its 95 % confidence limits, as PHEindicatormethods does:
    /// se = (f(upper) − f(lower)) / (2 × 1.959964), f the identity, ln or logit by <paramref name="valueType"/>.
    /// </summary>
    public static InequalityGroup FromConfidenceLimits(string label, double population, double value,
        double lower95, double upper95, InequalityValueType valueType)
    {
        var scale = Scale.For(valueType);
        var standardError = (scale(upper95) - scale(lower95)) / ConfidenceLevel.Percent95.Z / 2;
        return new InequalityGroup(label, population, value, standardError);
    }
}
