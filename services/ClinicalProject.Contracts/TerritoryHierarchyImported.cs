namespace ClinicalProject.Contracts;

/// <summary>
/// A territory hierarchy version was imported into population profiling. A claim check: consumers fetch
/// the territories from population profiling's API (<c>/territories/hierarchies/{HierarchyVersion}</c>).
/// </summary>
/// <param name="HierarchyVersion">The version label, such as a census year ("2021").</param>
/// <param name="TerritoryCount">How many territories the version holds.</param>
/// <param name="ContentHash">SHA-256 of the normalised content: the same hash means the same hierarchy.</param>
/// <param name="ImportedAt">When the import committed.</param>
[ContractName("profiling/territory-hierarchy-imported/v1")]
public sealed record TerritoryHierarchyImported(
    string HierarchyVersion,
    int TerritoryCount,
    string ContentHash,
    DateTimeOffset ImportedAt);
