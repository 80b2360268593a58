namespace ClinicalProject.Contracts;

/// <summary>
/// A population, projection, numerator or event dataset was imported into population profiling. A claim
/// check: consumers ask population profiling's API for what they need (<c>/datasets/{Kind}/{Version}</c>).
/// </summary>
/// <param name="DatasetId">The dataset's id in population profiling.</param>
/// <param name="Kind">population, projection, numerators or events.</param>
/// <param name="Version">The dataset's version label.</param>
/// <param name="HierarchyVersion">The territory hierarchy its codes belong to.</param>
/// <param name="ContentHash">SHA-256 of the aggregated content: the same hash means the same data.</param>
/// <param name="Periods">The periods (years) it covers.</param>
/// <param name="ImportedAt">When the import committed.</param>
[ContractName("profiling/population-dataset-imported/v1")]
public sealed record PopulationDatasetImported(
    Guid DatasetId,
    string Kind,
    string Version,
    string HierarchyVersion,
    string ContentHash,
    IReadOnlyList<int> Periods,
    DateTimeOffset ImportedAt);
