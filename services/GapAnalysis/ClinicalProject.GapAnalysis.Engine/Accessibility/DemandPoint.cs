namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// An area where demand lives (normally a dissemination area), at its population-weighted centroid.
/// </summary>
/// <param name="Code">The area's code, unique among the demand points; travel-time matrices refer to it.</param>
/// <param name="Demand">Population or expected users (see <see cref="NeedWeightedDemand"/>); finite, ≥ 0.</param>
/// <param name="Latitude">Degrees, WGS 84, −90 … 90 (used only with <see cref="GreatCircleCost"/>).</param>
/// <param name="Longitude">Degrees, WGS 84, −180 … 180 (used only with <see cref="GreatCircleCost"/>).</param>
public sealed record DemandPoint(string Code, double Demand, double Latitude, double Longitude);
