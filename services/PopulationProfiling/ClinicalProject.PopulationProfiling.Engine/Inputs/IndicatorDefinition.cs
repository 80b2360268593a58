using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>What the engine needs to know of a catalogue indicator.</summary>
/// <param name="Code">The indicator's code.</param>
/// <param name="Measure">How its figure is computed.</param>
/// <param name="Multiplier">Scale: 100,000 for rates per 100,000, 100 for percentages and SMR × 100, 1 otherwise.</param>
/// <param name="Polarity">Which direction is good, for comparisons.</param>
/// <param name="StandardPopulation">Standard for a DSR (its bands are matched to the age bands by label); ESP 2013 when null.</param>
/// <param name="AgeBands">Restricts numerator and denominator to these age bands (e.g. under 75 for premature mortality); all when null.</param>
public sealed record IndicatorDefinition(
    string Code,
    MeasureType Measure,
    double Multiplier,
    Polarity Polarity,
    StandardPopulation? StandardPopulation = null,
    IReadOnlyList<string>? AgeBands = null)
{
    /// <summary>The standard population a DSR uses.</summary>
    public StandardPopulation EffectiveStandard => StandardPopulation ?? StandardPopulation.European2013;
}
