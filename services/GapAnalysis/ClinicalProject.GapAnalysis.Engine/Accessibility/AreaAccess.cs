namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>One area's accessibility.</summary>
/// <param name="Code">The area's code.</param>
/// <param name="Demand">The demand used (population or expected users).</param>
/// <param name="Access">Aᵢ: supply per unit of demand within reach (0 when no site is in reach).</param>
/// <param name="ReachesAnySite">True when at least one site lies within the catchment.</param>
/// <param name="SitesInReach">How many sites lie within the catchment.</param>
public sealed record AreaAccess(string Code, double Demand, double Access, bool ReachesAnySite, int SitesInReach);
