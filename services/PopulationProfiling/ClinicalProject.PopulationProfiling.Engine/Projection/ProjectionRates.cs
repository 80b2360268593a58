namespace ClinicalProject.PopulationProfiling.Engine.Projection;

/// <summary>
/// Whose age-sex-specific rates are applied to a territory's projected population: its own (fine for large
/// territories), or those of its ancestor at a level (e.g. "region" or "province"), steadier for small ones.
/// </summary>
/// <param name="AncestorLevel">Level whose rates to use; null for the territory's own.</param>
public sealed record ProjectionRates(string? AncestorLevel = null)
{
    /// <summary>Each territory's own rates.</summary>
    public static ProjectionRates Own { get; } = new();
}
