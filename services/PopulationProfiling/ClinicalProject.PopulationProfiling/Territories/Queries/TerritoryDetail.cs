using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>One territory with its place in the hierarchy.</summary>
/// <param name="Ancestors">From the province down to the parent; empty for the province.</param>
/// <param name="ChildCodes">The territories one level below, sorted by code.</param>
public sealed record TerritoryDetail(
    string Version,
    string Code,
    string Level,
    string? ParentCode,
    string NameFr,
    string NameEn,
    double? CentroidLatitude,
    double? CentroidLongitude,
    JsonElement? Geometry,
    IReadOnlyList<TerritoryReference> Ancestors,
    IReadOnlyList<string> ChildCodes);
