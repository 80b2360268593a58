using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>
/// A whole hierarchy version, in the import's JSON format (it can be imported again as it is). The
/// territories are streamed from the database as the response is written.
/// </summary>
public sealed record HierarchyExport(
    string Version,
    int TerritoryCount,
    string ContentHash,
    DateTimeOffset ImportedAt,
    IAsyncEnumerable<TerritoryRecord> Territories);
