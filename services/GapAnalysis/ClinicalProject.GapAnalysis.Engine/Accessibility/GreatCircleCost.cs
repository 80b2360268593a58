namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Minutes = great-circle (haversine) distance between the area's centroid and the site, on a sphere of radius
/// <see cref="GreatCircle.EarthRadiusKm"/>, divided by <paramref name="SpeedKmPerHour"/>, times 60.
/// </summary>
/// <param name="SpeedKmPerHour">Assumed travel speed; finite, &gt; 0.</param>
public sealed record GreatCircleCost(double SpeedKmPerHour) : CostSource;
