namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>An imported hierarchy version. <see cref="IsLatest"/> marks the one queries use by default.</summary>
public sealed record HierarchyVersionInfo(
    string Version,
    int TerritoryCount,
    string ContentHash,
    DateTimeOffset ImportedAt,
    bool IsLatest);
