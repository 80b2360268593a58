using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>
/// Slope and relative index of inequality with their simulated confidence intervals.
/// Sign convention: groups run from most deprived (rank 0) to least deprived (rank 1); SII is the modelled
/// value at rank 1 minus at rank 0 (times the multiplier), so SII &gt; 0 and RII &gt; 1 mean the indicator is
/// higher among the least deprived (for an access score: the deprived have less access).
/// </summary>
/// <param name="Sii">SII with its limits (<see cref="IntervalMethod.Simulation"/>).</param>
/// <param name="Rii">RII = modelled value at rank 1 / at rank 0 (inverted for a negative multiplier); null when the value at rank 0 is 0.</param>
/// <param name="Intercept">Modelled value at rank 0, the most deprived end (times |multiplier| when transformed, as PHE).</param>
/// <param name="Options">The options used (value type, transform, multiplier, confidence, repetitions, seed).</param>
/// <param name="Method">A sentence naming the method, for reports.</param>
public sealed record InequalityIndices(
    Estimate Sii, Estimate? Rii, double Intercept, InequalityOptions Options, string Method);
