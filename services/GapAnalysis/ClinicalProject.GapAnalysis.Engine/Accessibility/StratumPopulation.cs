namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>An area's population in one age-sex stratum.</summary>
/// <param name="AreaCode">The area's code.</param>
/// <param name="Stratum">The stratum's label (e.g. <c>65-69|F</c>), as in the use rates.</param>
/// <param name="Population">People in the stratum; finite, ≥ 0.</param>
public sealed record StratumPopulation(string AreaCode, string Stratum, double Population);
