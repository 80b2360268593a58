namespace ClinicalProject.PopulationProfiling.Engine.Projection;

/// <summary>Expected events of a territory for a projected population, at the base period's rates.</summary>
/// <param name="TerritoryCode">The territory.</param>
/// <param name="RatesFrom">The territory whose age-sex-specific rates were applied.</param>
/// <param name="BasePeriod">The period the rates come from.</param>
/// <param name="BaseCount">The territory's observed events in the base period (its age bands only).</param>
/// <param name="BasePopulation">Its population in the base period (same age bands).</param>
/// <param name="ProjectedPopulation">Its projected population (same age bands).</param>
/// <param name="ExpectedCount">Σ over strata of rate × projected population: the projected need.</param>
public sealed record ProjectedNeed(string TerritoryCode, string RatesFrom, string BasePeriod, double BaseCount,
    double BasePopulation, double ProjectedPopulation, double ExpectedCount)
{
    /// <summary>Expected change from the base period's count.</summary>
    public double Change => ExpectedCount - BaseCount;
}
