namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// One band of a step decay: travel times up to and including <paramref name="UpToMinutes"/> (and above the
/// previous band's bound) get <paramref name="Weight"/>. Times beyond the last band get 0.
/// </summary>
/// <param name="UpToMinutes">The band's inclusive upper bound; bands strictly increasing.</param>
/// <param name="Weight">The band's weight, finite, ≥ 0.</param>
public sealed record StepWeight(double UpToMinutes, double Weight);
