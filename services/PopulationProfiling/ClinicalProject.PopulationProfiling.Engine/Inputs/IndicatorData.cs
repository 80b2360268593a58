namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>One indicator's data per period × leaf × stratum.</summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Numerators">Event counts (for a mean: the number of observations).</param>
/// <param name="Denominators">A proportion's own denominators (e.g. people eligible for a family doctor); the population when null.</param>
/// <param name="ValueSums">For a mean: Σ values.</param>
/// <param name="ValueSquareSums">For a mean: Σ values².</param>
public sealed record IndicatorData(
    IndicatorDefinition Definition,
    LeafCube<int> Numerators,
    LeafCube<int>? Denominators = null,
    LeafCube<double>? ValueSums = null,
    LeafCube<double>? ValueSquareSums = null);
