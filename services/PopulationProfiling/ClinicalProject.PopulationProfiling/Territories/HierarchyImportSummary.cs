namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>What an import stored (201) or found already stored with the same content (200).</summary>
/// <param name="CountsByLevel">Territories per level, every level listed from the province down.</param>
public sealed record HierarchyImportSummary(
    string Version,
    int TerritoryCount,
    string ContentHash,
    DateTimeOffset ImportedAt,
    IReadOnlyDictionary<string, int> CountsByLevel);
