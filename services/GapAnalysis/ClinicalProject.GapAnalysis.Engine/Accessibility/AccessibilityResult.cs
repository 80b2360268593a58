namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Accessibility of every area and ratio of every site, in the order the demand and supply points were given,
/// with the totals that the method's invariants speak of.
/// </summary>
/// <param name="Parameters">The method and parameters that produced it.</param>
/// <param name="Areas">One per demand point, in input order.</param>
/// <param name="Sites">One per supply point, in input order.</param>
/// <param name="TotalDemand">Σ Pᵢ over every area.</param>
/// <param name="TotalSupply">Σ Sⱼ over every site.</param>
/// <param name="TotalSupplyReached">Σ Sⱼ over the sites reached by demand.</param>
/// <param name="DemandWeightedAccess">Σ Pᵢ Aᵢ: equals <paramref name="TotalSupplyReached"/> for every method but Balanced.</param>
/// <param name="PairsInReach">How many (area, site) pairs lie within the catchment.</param>
public sealed record AccessibilityResult(
    CatchmentParameters Parameters,
    IReadOnlyList<AreaAccess> Areas,
    IReadOnlyList<SiteRatio> Sites,
    double TotalDemand,
    double TotalSupply,
    double TotalSupplyReached,
    double DemandWeightedAccess,
    long PairsInReach);
