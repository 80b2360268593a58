namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>One site's supply-to-demand ratio.</summary>
/// <param name="Id">The site's id.</param>
/// <param name="Supply">Sⱼ.</param>
/// <param name="WeightedDemand">The (weighted) demand within its catchment: Σₖ Pₖ uₖⱼ.</param>
/// <param name="Ratio">Rⱼ = Sⱼ / weighted demand; 0 when no demand reaches the site.</param>
/// <param name="ReachedByDemand">True when the weighted demand within its catchment is positive.</param>
/// <param name="AreasInReach">How many areas lie within its catchment.</param>
public sealed record SiteRatio(
    string Id, double Supply, double WeightedDemand, double Ratio, bool ReachedByDemand, int AreasInReach);
