namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>One page of territories, sorted by code, with the total count of the filtered list.</summary>
public sealed record TerritoryPage(
    string Version,
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages,
    IReadOnlyList<TerritorySummary> Items);
