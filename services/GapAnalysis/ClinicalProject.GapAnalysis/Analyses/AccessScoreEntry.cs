namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>
/// An access score of an analysis: one program in one territory, at the areas' level (the engine's result) or
/// the gap level (population-weighted mean of its areas).
/// </summary>
public sealed class AccessScoreEntry
{
    public Guid AnalysisId { get; init; }

    public int Program { get; init; }

    public required string TerritoryCode { get; init; }

    public required string Level { get; init; }

    /// <summary>The demand used: population or expected users.</summary>
    public double Demand { get; init; }

    public double Population { get; init; }

    public double Score { get; init; }

    /// <summary>Population (of the areas) from which no site of the program is within reach.</summary>
    public double PopulationWithoutService { get; init; }

    /// <summary>The point the analysis used: the area's centroid, or the population-weighted mean of a territory's areas' centroids.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
