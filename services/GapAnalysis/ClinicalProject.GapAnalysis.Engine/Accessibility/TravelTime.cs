namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>One entry of a sparse travel-time matrix: an origin area, a destination site, the minutes between.</summary>
/// <param name="OriginCode">A <see cref="DemandPoint.Code"/>.</param>
/// <param name="SiteId">A <see cref="SupplyPoint.Id"/>.</param>
/// <param name="Minutes">Travel time, finite, ≥ 0. A pair missing from the matrix is out of reach.</param>
public sealed record TravelTime(string OriginCode, string SiteId, double Minutes);
