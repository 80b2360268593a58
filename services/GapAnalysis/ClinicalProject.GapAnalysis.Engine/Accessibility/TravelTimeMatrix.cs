namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// A user-supplied sparse travel-time matrix (origin area, destination site, minutes). Pairs absent from it are
/// out of reach; each (origin, site) pair may appear once; codes must name the demand and supply points given.
/// </summary>
/// <param name="Entries">The matrix entries, in any order.</param>
public sealed record TravelTimeMatrix(IReadOnlyList<TravelTime> Entries) : CostSource;
