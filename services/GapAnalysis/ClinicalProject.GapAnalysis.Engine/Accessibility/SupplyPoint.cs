namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>A site offering one program or supply type, with its capacity for it.</summary>
/// <param name="Id">The site's id, unique among the supply points; travel-time matrices refer to it.</param>
/// <param name="Supply">Capacity for the program (FTE, places, hours); finite, ≥ 0.</param>
/// <param name="Latitude">Degrees, WGS 84, −90 … 90 (used only with <see cref="GreatCircleCost"/>).</param>
/// <param name="Longitude">Degrees, WGS 84, −180 … 180 (used only with <see cref="GreatCircleCost"/>).</param>
public sealed record SupplyPoint(string Id, double Supply, double Latitude, double Longitude);
