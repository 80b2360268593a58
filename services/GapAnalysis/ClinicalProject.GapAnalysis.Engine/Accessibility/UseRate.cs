namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>Expected users per person of a stratum (a reference use rate for the program).</summary>
/// <param name="Stratum">The stratum's label.</param>
/// <param name="UsersPerPerson">Finite, ≥ 0 (e.g. 0.12 when 12 % of the stratum uses the program in a year).</param>
public sealed record UseRate(string Stratum, double UsersPerPerson);
